// Handlers for the letter channels. Export without a path asks the user where to save.
import type { HandlerGroup } from './types';

const FILTERS = {
  pdf: [{ name: 'PDF document', extensions: ['pdf'] }],
  docx: [{ name: 'Word document', extensions: ['docx'] }],
};

export const letterHandlers: HandlerGroup<
  | 'letters.list'
  | 'letters.create'
  | 'letters.get'
  | 'letters.saveSection'
  | 'letters.regenerateSection'
  | 'letters.setAnonymise'
  | 'letters.export'
  | 'letters.approve'
  | 'letters.updateDecisionLines'
  | 'letters.supersede'
> = {
  'letters.list': ({ caseId }, { services }) => services.letters.list(caseId),
  'letters.updateDecisionLines': ({ caseId, letterId }, { services }) =>
    services.letters.updateDecisionLines(caseId, letterId),
  'letters.create': ({ caseId, template }, { services }) => services.letters.create(caseId, template),
  'letters.get': ({ caseId, letterId }, { services }) => services.letters.get(caseId, letterId),
  'letters.saveSection': ({ caseId, letterId, sectionId, section }, { services }) =>
    services.letters.saveSection(caseId, letterId, sectionId, section),
  'letters.regenerateSection': ({ caseId, letterId, sectionId }, { services }) =>
    services.letters.regenerateSection(caseId, letterId, sectionId),
  'letters.setAnonymise': ({ caseId, letterId, anonymise }, { services }) =>
    services.letters.setAnonymise(caseId, letterId, anonymise),
  'letters.export': async ({ caseId, letterId, format, anonymise, path }, { services, host }) => {
    // Refuse a letter that still names someone before asking where to save it.
    services.letters.checkExportable(caseId, letterId, anonymise);
    const defaultName = services.letters.suggestedFileName(caseId, letterId, format, anonymise);
    const chosen =
      path ??
      (await host.chooseFileToSave({
        title: anonymise ? 'Export the anonymised letter' : 'Export the letter',
        defaultName,
        filters: FILTERS[format],
      }));
    if (!chosen) return { cancelled: true as const };
    return {
      cancelled: false as const,
      ...(await services.letters.exportTo(caseId, letterId, { format, anonymise, path: chosen })),
    };
  },
  'letters.approve': ({ caseId, letterId }, { services }) => services.letters.approve(caseId, letterId),
  'letters.supersede': ({ caseId, letterId }, { services }) => services.letters.supersede(caseId, letterId),
};
