// The finding form's values, from and to a finding, and the form's own check (the main process
// checks again against the case).
import type { CaseFileFinding } from '../../../shared/casefile/schema';
import type { InjusticeKind } from '../../../shared/domain/vocabulary';
import type { CaseDetail } from '../../../shared/domain/case';
import type { Complaint } from '../../../shared/ipc/channels/complaint';

export interface FindingFormValues {
  org: string;
  fault: string;
  injustice: InjusticeKind[];
  causation: string;
  events: string[];
  /** Who suffered the injustice (people's ids); empty: the person the aftercare was for. */
  injusticeTo: string[];
  /** The complaint heads this finding answers. */
  heads: string[];
}

export const emptyFindingForm = (org = ''): FindingFormValues => ({
  org,
  fault: '',
  injustice: [],
  causation: '',
  events: [],
  injusticeTo: [],
  heads: [],
});

export const formFromFinding = (f: CaseFileFinding): FindingFormValues => ({
  org: f.org,
  fault: f.fault,
  injustice: [...f.injustice],
  causation: f.causation ?? '',
  events: [...(f.events ?? [])],
  injusticeTo: [...(f.injusticeTo ?? [])],
  heads: [...(f.heads ?? [])],
});

/** What findings.create / findings.update receive; a finding keeps the rule it came from. */
export const findingFromForm = (v: FindingFormValues & { rule?: string }) => ({
  org: v.org,
  ...(v.rule ? { rule: v.rule } : {}),
  fault: v.fault,
  injustice: v.injustice,
  ...(v.causation.trim() ? { causation: v.causation } : {}),
  events: v.events,
  // Sent even when empty, so that clearing them in the form clears them on the finding.
  injusticeTo: v.injustice.length > 0 ? v.injusticeTo : [],
  heads: v.heads,
});

export function validateFindingForm(v: FindingFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!v.org) errors.org = 'Choose the organisation at fault';
  if (!v.fault.trim()) errors.fault = 'Describe the fault';
  return errors;
}

/** The case's people as choices for "Injustice to". */
export const personOptions = (c: Pick<CaseDetail, 'people'>) =>
  c.people.map((p) => ({ value: p.id, label: p.title ? `${p.title} ${p.name}` : p.name }));

/** The complaint heads as choices: "h1 · did not review his aftercare". */
export const headOptions = (complaint: Complaint | undefined) =>
  (complaint?.heads ?? []).map((h) => ({
    value: h.id,
    label: `${h.id} · ${h.text.length > 70 ? `${h.text.slice(0, 69)}…` : h.text}`,
  }));
