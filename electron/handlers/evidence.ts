// Handlers for evidence and long jobs. Imports and OCR runs start a job and return its id.
import { basename } from 'node:path';
import type { HandlerGroup } from './types';
import type { JobProgress } from '../../shared/domain/job';

const EVIDENCE_FILTERS = [
  { name: 'Evidence', extensions: ['pdf', 'docx', 'eml', 'txt', 'png', 'jpg', 'jpeg', 'tif', 'tiff'] },
  { name: 'All files', extensions: ['*'] },
];

const PHASE_WORDS: Record<string, string> = {
  checking: 'Checking',
  hashing: 'Fingerprinting (SHA-256)',
  copying: 'Storing the original of',
  reading: 'Reading',
  ocr: 'Recognising text (OCR) in',
  saving: 'Saving',
  done: 'Finished',
};

export const evidenceHandlers: HandlerGroup<
  | 'evidence.import'
  | 'evidence.list'
  | 'evidence.get'
  | 'evidence.pages'
  | 'evidence.update'
  | 'evidence.search'
  | 'evidence.rerunOcr'
  | 'jobs.status'
  | 'jobs.cancel'
> = {
  'evidence.import': async ({ caseId, paths }, { services, host }) => {
    services.cases.get(caseId);
    const files =
      paths ?? (await host.chooseFilesToOpen({ title: 'Add evidence', filters: EVIDENCE_FILTERS, multiple: true }));
    if (!files || files.length === 0) return { cancelled: true as const };
    const items: JobProgress['items'] = files.map((f) => ({
      label: basename(f),
      fraction: 0,
      state: 'waiting' as const,
    }));
    const jobId = services.jobs.start(
      'evidence.import',
      ({ signal, report }) => {
        let last: JobProgress = { fraction: 0, message: '', items };
        const emit = (next: JobProgress) => report((last = next));
        return services.evidence.importFiles({
          caseId,
          files,
          signal,
          onProgress: (p) => {
            const fileFraction = p.pagesTotal > 0 ? p.pagesDone / p.pagesTotal : p.filePhase === 'done' ? 1 : 0.1;
            items[p.fileIndex] = { ...items[p.fileIndex]!, fraction: Math.min(1, fileFraction), state: 'working' };
            emit({
              fraction: (p.filesDone + Math.min(1, fileFraction)) / p.fileCount,
              message: `${PHASE_WORDS[p.filePhase] ?? p.filePhase} ${basename(p.file)}${p.pagesTotal ? ` (page ${p.pagesDone} of ${p.pagesTotal})` : ''} — file ${p.fileIndex + 1} of ${p.fileCount}`,
              items: [...items],
            });
          },
          onFileDone: (outcome, i) => {
            const state = outcome.status === 'imported' || outcome.status === 'duplicate' ? 'done' : 'failed';
            items[i] = { ...items[i]!, fraction: outcome.status === 'cancelled' ? 0 : 1, state };
            emit({ ...last, fraction: (i + 1) / files.length, message: outcome.message, items: [...items] });
          },
        });
      },
      { items, message: `Importing ${files.length} file${files.length === 1 ? '' : 's'}…` },
    );
    return { cancelled: false as const, jobId };
  },
  'evidence.list': ({ caseId }, { services }) => {
    services.cases.get(caseId);
    return services.evidence.list(caseId);
  },
  'evidence.get': ({ caseId, evidenceId }, { services }) => services.evidence.get(caseId, evidenceId),
  'evidence.pages': ({ caseId, evidenceId, from, to }, { services }) =>
    services.evidence.pages(
      caseId,
      evidenceId,
      from !== undefined || to !== undefined ? { from: from ?? 1, to: to ?? Number.MAX_SAFE_INTEGER } : undefined,
    ),
  'evidence.update': ({ caseId, evidenceId, patch }, { services }) =>
    services.evidence.updateMetadata(caseId, evidenceId, patch),
  'evidence.search': ({ query, caseId, limit }, { services }) => services.evidence.search({ query, caseId, limit }),
  'evidence.rerunOcr': ({ caseId, evidenceId, allPages }, { services }) => {
    const item = services.evidence.get(caseId, evidenceId);
    const jobId = services.jobs.start(
      'evidence.rerunOcr',
      ({ signal, report }) =>
        services.evidence.rerunOcr(caseId, evidenceId, {
          allPages,
          signal,
          onPage: (done, total) =>
            report({
              fraction: total ? done / total : 0,
              message: `Recognising text (OCR) in ${item.title}: page ${done} of ${total}`,
              items: [{ label: item.title, fraction: total ? done / total : 0, state: 'working' }],
            }),
        }),
      { items: [{ label: item.title, fraction: 0, state: 'waiting' }] },
    );
    return { cancelled: false as const, jobId };
  },
  'jobs.status': ({ jobId }, { services }) => services.jobs.status(jobId),
  'jobs.cancel': ({ jobId }, { services }) => services.jobs.cancel(jobId),
};
