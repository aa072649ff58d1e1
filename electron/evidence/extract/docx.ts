// Word (.docx) text through mammoth. A DOCX has no fixed pages, so its text is one page.
import mammoth from 'mammoth';
import { fail, succeed, tidyText, type ExtractContext, type ExtractResult } from './types';

export async function extractDocx(path: string, ctx: ExtractContext): Promise<ExtractResult> {
  ctx.onPage?.(0, 1, 'reading');
  let text: string;
  try {
    text = tidyText((await mammoth.extractRawText({ path })).value);
  } catch {
    return fail('corrupt', 'it is not a readable Word document (the file is damaged or incomplete)');
  }
  ctx.onPage?.(1, 1, 'reading');
  return succeed({ pages: [{ page: 1, text, method: text ? 'text' : 'none' }], notes: [] });
}
