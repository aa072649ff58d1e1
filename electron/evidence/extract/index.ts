// Picks the extractor for a detected type.
import type { SupportedType } from '../detect-type';
import { extractDocx } from './docx';
import { extractEml } from './eml';
import { extractImage } from './image';
import { extractPdf } from './pdf';
import { extractText } from './text';
import type { ExtractContext, ExtractResult } from './types';

export function extractFile(path: string, type: SupportedType, ctx: ExtractContext): Promise<ExtractResult> {
  switch (type) {
    case 'pdf':
      return extractPdf(path, ctx);
    case 'docx':
      return extractDocx(path, ctx);
    case 'eml':
      return extractEml(path, ctx);
    case 'txt':
      return extractText(path, ctx);
    case 'png':
    case 'jpeg':
    case 'tiff':
      return extractImage(path, type, ctx);
  }
}
