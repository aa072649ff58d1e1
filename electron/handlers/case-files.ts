// Handlers for importing and exporting case files and case archives. Importing a case the
// workspace already holds (the same reference) asks first: a second copy, or nothing.
import type { HandlerGroup } from './types';
import type { Host } from '../host';
import { CaseAlreadyImportedError } from '../errors';

/** Runs an import; when the case is already here, asks whether to import it again as a new case. */
async function importAsking<T>(host: Host, asNew: boolean, run: (asNew: boolean) => Promise<T>): Promise<T | null> {
  try {
    return await run(asNew);
  } catch (err) {
    if (!(err instanceof CaseAlreadyImportedError) || asNew) throw err;
    const again = await host.confirm({
      title: 'This case is already here',
      message: `${err.message.replace(/ Nothing was imported\.$/, '')} Import it again as a new case, beside the one you have?`,
      confirmLabel: 'Import as a new case',
    });
    return again ? run(true) : null;
  }
}

const FILTERS = [{ name: 'S117 case file', extensions: ['json'] }];

const ARCHIVE_FILTERS = [{ name: 'S117 case archive', extensions: ['s117case'] }];

export const caseFileHandlers: HandlerGroup<
  'casefile.import' | 'casefile.export' | 'archive.import' | 'archive.export'
> = {
  'casefile.import': async ({ path, asNew }, { services, host }) => {
    const chosen = path ?? (await host.chooseFilesToOpen({ title: 'Import case file', filters: FILTERS }))?.[0];
    if (!chosen) return { cancelled: true as const };
    const result = await importAsking(host, asNew ?? false, (asNew) =>
      services.caseFiles.importFromPath(chosen, { asNew }),
    );
    return result ? { cancelled: false as const, ...result } : { cancelled: true as const };
  },
  'casefile.export': async ({ caseId, path }, { services, host }) => {
    const c = services.cases.get(caseId);
    const defaultName = `${(c.reference ?? c.title).replace(/[^\w.-]+/g, '-')}.s117.json`;
    const chosen = path ?? (await host.chooseFileToSave({ title: 'Export case file', defaultName, filters: FILTERS }));
    if (!chosen) return { cancelled: true as const };
    return { cancelled: false as const, ...services.caseFiles.exportToPath(caseId, chosen) };
  },
  'archive.export': async ({ caseId, path, jobId }, { services, host }) => {
    const c = services.cases.get(caseId);
    const defaultName = `${(c.reference ?? c.title).replace(/[^\w.-]+/g, '-')}.s117case`;
    const chosen =
      path ?? (await host.chooseFileToSave({ title: 'Export case archive', defaultName, filters: ARCHIVE_FILTERS }));
    if (!chosen) return { cancelled: true as const };
    const result = await services.jobs.track(
      'archive.export',
      ({ signal, report }) =>
        services.archives.exportArchive(caseId, chosen, {
          signal,
          onProgress: (fraction, message) => report({ fraction, message, items: [] }),
        }),
      jobId,
    );
    return { cancelled: false as const, ...result };
  },
  'archive.import': async ({ path, asNew, jobId }, { services, host }) => {
    const chosen =
      path ?? (await host.chooseFilesToOpen({ title: 'Import case archive', filters: ARCHIVE_FILTERS }))?.[0];
    if (!chosen) return { cancelled: true as const };
    let attempt = 0;
    const result = await importAsking(host, asNew ?? false, (asNew) =>
      services.jobs.track(
        'archive.import',
        ({ signal, report }) =>
          services.archives.importArchive(chosen, {
            signal,
            asNew,
            onProgress: (fraction, message) => report({ fraction, message, items: [] }),
          }),
        // The renderer's id names the first run; a second run (after "import as new") gets its own.
        attempt++ === 0 ? jobId : undefined,
      ),
    );
    return result ? { cancelled: false as const, ...result } : { cancelled: true as const };
  },
};
