// Handler for exporting the chronology as a table document: rendered by the chronology export
// service (anonymised exports refused while a detail is unreviewed), then saved where the
// investigator chooses, and recorded in the case's history.
import type { HandlerGroup } from './types';
import { writeFileAtomically } from '../files/write-atomically';

export const chronologyExportHandlers: HandlerGroup<'chronology.export'> = {
  'chronology.export': async ({ caseId, format, anonymise, path }, { services, host }) => {
    const options = { format, anonymise: anonymise ?? false };
    // Render first: an anonymisation refusal comes before any dialog, and nothing is written.
    const bytes = await services.chronologyExport.render(caseId, options);
    const chosen =
      path ??
      (await host.chooseFileToSave({
        title: 'Export chronology',
        defaultName: services.chronologyExport.suggestedName(caseId, options),
        filters: [{ name: format.toUpperCase(), extensions: [format] }],
      }));
    if (!chosen) return { cancelled: true as const };
    writeFileAtomically(chosen, bytes);
    services.chronologyExport.recordExport(caseId, { ...options, path: chosen });
    return { cancelled: false as const, path: chosen };
  },
};
