// Which kind of file this is, judged by its bytes (magic numbers and structure), never by its
// name: a renamed file is still what its content says it is.
import { open } from 'node:fs/promises';
import type { EvidenceType } from './types';

export type SupportedType = Exclude<EvidenceType, 'other'>;

export type Detection = { type: SupportedType } | { type: null; looksLike: string | null };

const WINDOW = 64 * 1024;

export const TYPE_LABELS: Record<EvidenceType, string> = {
  pdf: 'PDF',
  docx: 'Word document',
  eml: 'email',
  txt: 'text file',
  png: 'PNG image',
  jpeg: 'JPEG image',
  tiff: 'TIFF image',
  other: 'file',
};

export const MIME_TYPES: Record<EvidenceType, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  eml: 'message/rfc822',
  txt: 'text/plain; charset=utf-8',
  png: 'image/png',
  jpeg: 'image/jpeg',
  tiff: 'image/tiff',
  other: 'application/octet-stream',
};

const startsWith = (bytes: Uint8Array, ...sig: number[]) => sig.every((b, i) => bytes[i] === b);
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

/** Reads the first and last 64 KB of a file and detects its type. */
export async function detectFileType(path: string): Promise<Detection> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const head = new Uint8Array(Math.min(size, WINDOW));
    await handle.read(head, 0, head.length, 0);
    const tailStart = Math.max(0, size - WINDOW);
    const tail = new Uint8Array(size - tailStart);
    await handle.read(tail, 0, tail.length, tailStart);
    return detectType(head, tail, size <= WINDOW);
  } finally {
    await handle.close();
  }
}

/**
 * `head` is the start of the file, `tail` its end (a DOCX names its parts in the ZIP central
 * directory at the end); `whole` says the head is the entire file.
 */
export function detectType(head: Uint8Array, tail: Uint8Array = head, whole = false): Detection {
  if (/^[\s\0]*%PDF-/.test(latin1(head.subarray(0, 1024)))) return { type: 'pdf' };
  if (startsWith(head, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return { type: 'png' };
  if (startsWith(head, 0xff, 0xd8, 0xff)) return { type: 'jpeg' };
  if (startsWith(head, 0x49, 0x49, 0x2a, 0x00) || startsWith(head, 0x4d, 0x4d, 0x00, 0x2a)) return { type: 'tiff' };
  if (startsWith(head, 0x50, 0x4b, 0x03, 0x04)) {
    const names = latin1(head) + latin1(tail);
    if (names.includes('word/document.xml')) return { type: 'docx' };
    if (names.includes('xl/workbook.xml')) return { type: null, looksLike: 'an Excel workbook' };
    if (names.includes('ppt/presentation.xml')) return { type: null, looksLike: 'a PowerPoint presentation' };
    return { type: null, looksLike: 'a ZIP archive' };
  }
  if (startsWith(head, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) {
    return { type: null, looksLike: 'an old-style Office file (.doc, .xls or .msg); save it as .docx or PDF' };
  }
  if (startsWith(head, 0x47, 0x49, 0x46, 0x38)) return { type: null, looksLike: 'a GIF image' };
  if (startsWith(head, 0x42, 0x4d)) return { type: null, looksLike: 'a BMP image' };
  if (head.includes(0)) return { type: null, looksLike: null };
  const text = decodeUtf8Prefix(head, whole);
  if (text === null) return { type: null, looksLike: 'text in an encoding other than UTF-8' };
  if (text.startsWith('{\\rtf'))
    return { type: null, looksLike: 'a Rich Text (RTF) document; save it as .docx or PDF' };
  if (looksLikeEmail(text)) return { type: 'eml' };
  return { type: 'txt' };
}

function decodeUtf8Prefix(bytes: Uint8Array, whole: boolean): string | null {
  try {
    // stream: a 64 KB window may cut a multi-byte character in half at its end.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: !whole }).replace(/^\uFEFF/, '');
  } catch {
    return null;
  }
}

const EMAIL_HEADERS = new Set([
  'from',
  'to',
  'cc',
  'subject',
  'date',
  'message-id',
  'mime-version',
  'received',
  'return-path',
  'content-type',
  'reply-to',
  'sender',
  'delivered-to',
  'x-mailer',
]);
const IDENTIFYING = new Set(['from', 'date', 'subject', 'message-id', 'received']);

/** RFC 822: header lines (`Name: value`, folded lines start with white space) up to a blank line. */
export function looksLikeEmail(text: string): boolean {
  const lines = text.split(/\r?\n/);
  let known = 0;
  let identifying = false;
  let sawHeader = false;
  for (const [i, line] of lines.entries()) {
    if (line === '') return sawHeader && known >= 2 && identifying;
    if (i === 0 && line.startsWith('From ')) continue; // mbox envelope line
    if (/^[ \t]/.test(line) && sawHeader) continue;
    const match = /^([!-9;-~]+):/.exec(line);
    if (!match) return false;
    sawHeader = true;
    const name = match[1]!.toLowerCase();
    if (EMAIL_HEADERS.has(name)) known++;
    if (IDENTIFYING.has(name)) identifying = true;
  }
  // The header block ran past the window: judge on what we saw.
  return sawHeader && known >= 3 && identifying;
}
