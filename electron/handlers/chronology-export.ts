// Handler for exporting the chronology as a table document (the same model and renderers as
// letters; citations as "Care plan, p. 3"). Anonymised exports are checked for real names first.
import type { HandlerGroup } from './types';
import { chronologyLetter } from '../../shared/letters/chronology-table';
import { exportLetter } from '../letters/export-letter';
import { letterParties } from '../../shared/letters/letter-parties';
import { writeFileAtomically } from '../files/write-atomically';
import { appendAudit } from '../store/audit';
import { listDecisions } from '../store/anonymise-reviews-repo';

export const chronologyExportHandlers: HandlerGroup<'chronology.export'> = {
  'chronology.export': async ({ caseId, format, anonymise, path }, { services, host }) => {
    const file = services.caseFiles.read(caseId);
    const letter = chronologyLetter(file, { preparedBy: services.settings.get().investigatorName });
    // Render first: an anonymisation refusal comes before any dialog, and nothing is written.
    const decisions = listDecisions(services.db, caseId, { kind: 'chronology' });
    const { bytes } = await exportLetter(letter, {
      format,
      anonymise: anonymise ?? false,
      ...letterParties(file),
      decisions,
    });
    const name = `${(file.case.reference ?? 'case').replace(/[^\w.-]+/g, '-')}-chronology${anonymise ? '-anonymised' : ''}.${format}`;
    const chosen =
      path ??
      (await host.chooseFileToSave({
        title: 'Export chronology',
        defaultName: name,
        filters: [{ name: format.toUpperCase(), extensions: [format] }],
      }));
    if (!chosen) return { cancelled: true as const };
    writeFileAtomically(chosen, bytes);
    appendAudit(services.db, {
      actor: services.settings.get().investigatorName,
      caseId,
      action: 'export',
      entity: 'chronology',
      entityId: null,
      summary: `Exported the chronology (${file.events.length} events) as ${format.toUpperCase()}${anonymise ? ', anonymised,' : ''} to ${chosen}`,
    });
    return { cancelled: false as const, path: chosen };
  },
};
