// A letter as PDF or DOCX bytes, anonymised first when asked. An anonymised export is checked
// for any trace of a real name and refused (nothing returned, nothing written) if one remains.
import { AppError } from '../errors';
import { anonymiseLetter, type LetterOrganisation, type LetterPerson } from '../../shared/letters/anonymise';
import { findRealNames } from '../../shared/letters/find-real-names';
import type { Letter } from '../../shared/letters/model';
import { renderLetterDocx } from '../../shared/letters/render-docx';
import { renderLetterPdf } from '../../shared/letters/render-pdf';
import { loadLetterFonts } from './fonts';

export interface ExportLetterOptions {
  format: 'pdf' | 'docx';
  anonymise: boolean;
  people: LetterPerson[];
  organisations: LetterOrganisation[];
}

/** Where real names remain, one per line: `"Jones" in What I found, paragraph 24`. */
export function describeRealNames(findings: ReturnType<typeof findRealNames>): string {
  return findings.map((f) => `"${f.found}" in ${f.where}`).join('\n');
}

export async function exportLetter(
  letter: Letter,
  options: ExportLetterOptions,
): Promise<{ bytes: Uint8Array; letter: Letter }> {
  let rendered = letter;
  if (options.anonymise) {
    rendered = anonymiseLetter(letter, { people: options.people, organisations: options.organisations }).letter;
    const remaining = findRealNames(rendered, options.people);
    if (remaining.length > 0)
      throw new AppError(
        'anonymisation_failed',
        `The anonymised letter still names ${remaining.length === 1 ? 'a real person' : 'real people'}:\n${describeRealNames(remaining)}`,
      );
  }
  const bytes =
    options.format === 'pdf'
      ? await renderLetterPdf(rendered, await loadLetterFonts())
      : await renderLetterDocx(rendered);
  return { bytes, letter: rendered };
}
