// Handlers for importing and exporting case files.
import type { HandlerGroup } from './types';

const FILTERS = [{ name: 'S117 case file', extensions: ['json'] }];

const ARCHIVE_FILTERS = [{ name: 'S117 case archive', extensions: ['s117case'] }];

export const caseFileHandlers: HandlerGroup<
  'casefile.import' | 'casefile.export' | 'archive.import' | 'archive.export'
> = {
  'casefile.import': async ({ path }, { services, host }) => {
    const chosen = path ?? (await host.chooseFilesToOpen({ title: 'Import case file', filters: FILTERS }))?.[0];
    if (!chosen) return { cancelled: true as const };
    const result = await services.caseFiles.importFromPath(chosen);
    return { cancelled: false as const, ...result };
  },
  'casefile.export': async ({ caseId, path }, { services, host }) => {
    const c = services.cases.get(caseId);
    const defaultName = `${(c.reference ?? c.title).replace(/[^\w.-]+/g, '-')}.s117.json`;
    const chosen = path ?? (await host.chooseFileToSave({ title: 'Export case file', defaultName, filters: FILTERS }));
    if (!chosen) return { cancelled: true as const };
    return { cancelled: false as const, ...services.caseFiles.exportToPath(caseId, chosen) };
  },
  'archive.export': async ({ caseId, path }, { services, host }) => {
    const c = services.cases.get(caseId);
    const defaultName = `${(c.reference ?? c.title).replace(/[^\w.-]+/g, '-')}.s117case`;
    const chosen =
      path ?? (await host.chooseFileToSave({ title: 'Export case archive', defaultName, filters: ARCHIVE_FILTERS }));
    if (!chosen) return { cancelled: true as const };
    const result = await services.jobs.track('archive.export', ({ signal, report }) =>
      services.archives.exportArchive(caseId, chosen, {
        signal,
        onProgress: (fraction, message) => report({ fraction, message, items: [] }),
      }),
    );
    return { cancelled: false as const, ...result };
  },
  'archive.import': async ({ path }, { services, host }) => {
    const chosen =
      path ?? (await host.chooseFilesToOpen({ title: 'Import case archive', filters: ARCHIVE_FILTERS }))?.[0];
    if (!chosen) return { cancelled: true as const };
    const result = await services.jobs.track('archive.import', ({ signal, report }) =>
      services.archives.importArchive(chosen, {
        signal,
        onProgress: (fraction, message) => report({ fraction, message, items: [] }),
      }),
    );
    return { cancelled: false as const, ...result };
  },
};
