// Sarah's case study (19 016 759) as an investigator would have it by the final decision: the
// complaint recorded against each body, a finding of fault causing distress by each (the remedy
// pays each), and the ICB that succeeded the CCG, so that its letters pass the letter checks.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SARAH = resolve('test/fixtures/cases/sarah-19016759.s117.json');

/** Writes the completed case file into `dir` and returns its path. */
export function completeSarah(dir: string): string {
  const file = JSON.parse(readFileSync(SARAH, 'utf8')) as {
    organisations: Array<{ id: string; kind: string }>;
    [key: string]: unknown;
  };
  file.organisations = file.organisations.map((o) => (o.kind === 'ccg' ? { ...o, successor: 'NHS Anytown ICB' } : o));
  file.complaint = {
    heads: file.organisations.map((o, i) => ({ id: `h${i + 1}`, orgs: [o.id], text: 'Did not plan her aftercare' })),
  };
  file.findings = file.organisations.map((o, i) => ({
    id: `f${i + 1}`,
    org: o.id,
    fault: 'No aftercare plan was written before discharge',
    injustice: ['distress'],
    heads: [`h${i + 1}`],
  }));
  const path = join(dir, 'sarah-complete.s117.json');
  writeFileSync(path, JSON.stringify(file));
  return path;
}
