// Each body's reference in a joint decision: its own when recorded, else the case reference
// with a letter suffix in the order the bodies appear (21 004 512a, 21 004 512b); a decision
// about one body uses the case reference as it is.
import type { CaseFile } from '../casefile/schema';
import type { OrgDecision } from './outcomes';

const SUFFIXES = 'abcdefghijklmnopqrstuvwxyz';

/** The case reference without a body's suffix: "21 004 512". */
export function baseReference(file: CaseFile): string {
  const own = file.case.reference?.trim();
  if (own) return own.replace(/[a-z]$/, '');
  const first = file.organisations.map((o) => o.reference?.trim()).find((r) => !!r);
  return first ? first.replace(/[a-z]$/, '') : '';
}

/** org id → its reference in this decision ('' when none can be given). */
export function decisionReferences(file: CaseFile, decisions: readonly OrgDecision[]): Map<string, string> {
  const base = file.case.reference?.trim() ?? '';
  const refs = new Map<string, string>();
  decisions.forEach((d, i) => {
    const own = file.organisations.find((o) => o.id === d.org)?.reference?.trim();
    if (own) refs.set(d.org, own);
    else if (!base) refs.set(d.org, '');
    else if (decisions.length === 1 || /[a-z]$/.test(base)) refs.set(d.org, base);
    else refs.set(d.org, `${base}${SUFFIXES[i] ?? `-${i + 1}`}`);
  });
  return refs;
}
