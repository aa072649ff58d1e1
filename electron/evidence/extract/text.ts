// Plain text files: UTF-8 (a byte-order mark is allowed), one page.
import { readFile } from 'node:fs/promises';
import { fail, succeed, tidyText, type ExtractContext, type ExtractResult } from './types';

export async function extractText(path: string, ctx: ExtractContext): Promise<ExtractResult> {
  ctx.onPage?.(0, 1, 'reading');
  const bytes = await readFile(path);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return fail('unsupported', 'it is a text file but not in UTF-8; save it as UTF-8 and import it again');
  }
  if (text.includes('\0')) return fail('unsupported', 'it contains binary data, not text');
  const tidy = tidyText(text);
  ctx.onPage?.(1, 1, 'reading');
  return succeed({ pages: [{ page: 1, text: tidy, method: tidy ? 'text' : 'none' }], notes: [] });
}
