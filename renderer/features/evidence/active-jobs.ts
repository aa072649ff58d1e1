// The jobs a case has started in this window (imports, OCR runs), kept outside the components
// so a job's panel comes back when the investigator leaves the Evidence tab and returns.
import { useSyncExternalStore } from 'react';

export interface TrackedJob {
  jobId: string;
  caseId: string;
  kind: 'import' | 'ocr';
  /** What it is about, in words: "Importing 4 files", "Re-running OCR on Care plan". */
  label: string;
}

let jobs: readonly TrackedJob[] = [];
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

export function trackJob(job: TrackedJob): void {
  jobs = [...jobs.filter((j) => j.jobId !== job.jobId), job];
  emit();
}

export function forgetJob(jobId: string): void {
  jobs = jobs.filter((j) => j.jobId !== jobId);
  emit();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The case's tracked jobs, oldest first. */
export function useTrackedJobs(caseId: string): readonly TrackedJob[] {
  const all = useSyncExternalStore(subscribe, () => jobs);
  return all.filter((j) => j.caseId === caseId);
}
