// The finding form's values, from and to a finding, and the form's own check (the main process
// checks again against the case).
import type { CaseFileFinding } from '../../../shared/casefile/schema';
import type { InjusticeKind } from '../../../shared/domain/vocabulary';

export interface FindingFormValues {
  org: string;
  fault: string;
  injustice: InjusticeKind[];
  causation: string;
  events: string[];
}

export const emptyFindingForm = (org = ''): FindingFormValues => ({
  org,
  fault: '',
  injustice: [],
  causation: '',
  events: [],
});

export const formFromFinding = (f: CaseFileFinding): FindingFormValues => ({
  org: f.org,
  fault: f.fault,
  injustice: [...f.injustice],
  causation: f.causation ?? '',
  events: [...(f.events ?? [])],
});

/** What findings.create / findings.update receive; a finding keeps the rule it came from. */
export const findingFromForm = (v: FindingFormValues & { rule?: string }) => ({
  org: v.org,
  ...(v.rule ? { rule: v.rule } : {}),
  fault: v.fault,
  injustice: v.injustice,
  ...(v.causation.trim() ? { causation: v.causation } : {}),
  events: v.events,
});

export function validateFindingForm(v: FindingFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!v.org) errors.org = 'Choose the organisation at fault';
  if (!v.fault.trim()) errors.fault = 'Describe the fault';
  return errors;
}
