// Scanned images (PNG, JPEG, TIFF): one page, read by OCR. PNG and JPEG are decoded first so a
// damaged image is reported as damaged rather than as an image with no words on it.
import { readFile } from 'node:fs/promises';
import { loadImage } from '@napi-rs/canvas';
import { OcrUnavailableError } from '../ocr';
import type { EvidenceType } from '../types';
import { fail, succeed, type ExtractContext, type ExtractResult } from './types';

export async function extractImage(path: string, type: EvidenceType, ctx: ExtractContext): Promise<ExtractResult> {
  const bytes = await readFile(path);
  if (type === 'png' || type === 'jpeg') {
    try {
      const image = await loadImage(bytes);
      if (!image.width || !image.height) throw new Error('no pixels');
    } catch {
      return fail('corrupt', `it is not a readable ${type.toUpperCase()} image (the file is damaged or incomplete)`);
    }
  }
  if (!ctx.ocr) {
    return succeed({ pages: [{ page: 1, text: '', method: 'none' }], notes: ['OCR was off, so no text was read.'] });
  }
  ctx.onPage?.(0, 1, 'ocr');
  let text: string;
  try {
    text = await ctx.ocr.recognize(bytes);
  } catch (err) {
    if (err instanceof OcrUnavailableError) {
      return succeed({ pages: [{ page: 1, text: '', method: 'none' }], notes: [`${err.message}. Re-run OCR later.`] });
    }
    if (type === 'tiff')
      return fail('corrupt', 'it is not a readable TIFF image (the file is damaged or uses an unusual format)');
    return fail('corrupt', 'its image could not be read for text');
  }
  ctx.onPage?.(1, 1, 'ocr');
  return succeed({ pages: [{ page: 1, text, method: text ? 'ocr' : 'none' }], notes: [] });
}
