// The metadata a rendered PDF or DOCX carries (title, author, subject, keywords, creator, last
// modified by), read back from the bytes, so an anonymised export can be checked as written
// rather than as meant: whatever a renderer sets, no party's name and no unresolved detail leaves.
import { strFromU8, unzipSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { unescapeXml } from '../../shared/letters/unescape-xml';

export interface MetadataField {
  field: string;
  value: string;
}

async function pdfMetadata(bytes: Uint8Array): Promise<MetadataField[]> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const fields: Array<[string, string | undefined]> = [
    ['title', pdf.getTitle()],
    ['author', pdf.getAuthor()],
    ['subject', pdf.getSubject()],
    ['keywords', pdf.getKeywords()],
    ['creator', pdf.getCreator()],
    ['producer', pdf.getProducer()],
  ];
  return fields.flatMap(([field, value]) => (value ? [{ field, value }] : []));
}

function docxMetadata(bytes: Uint8Array): MetadataField[] {
  const files = unzipSync(bytes, { filter: (f) => f.name.startsWith('docProps/') });
  const fields: MetadataField[] = [];
  for (const [name, data] of Object.entries(files)) {
    const xml = strFromU8(data);
    // Every element with text in the document properties: dc:title, dc:creator, cp:keywords…
    for (const m of xml.matchAll(/<([\w:]+)(?:\s[^>]*)?>([^<]+)<\/\1>/g))
      fields.push({ field: `${name.replace(/^docProps\//, '')} ${m[1]}`, value: unescapeXml(m[2]!) });
  }
  return fields;
}

/** Every metadata value of the rendered document, named by its field. */
export async function documentMetadata(bytes: Uint8Array, format: 'pdf' | 'docx'): Promise<MetadataField[]> {
  return format === 'pdf' ? pdfMetadata(bytes) : docxMetadata(bytes);
}
