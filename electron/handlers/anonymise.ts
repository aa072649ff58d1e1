// Handlers for the anonymisation review channels.
import type { HandlerGroup } from './types';

export const anonymiseHandlers: HandlerGroup<'anonymise.review' | 'anonymise.decide' | 'anonymise.undo'> = {
  'anonymise.review': ({ caseId, target }, { services }) => services.anonymiseReview.review(caseId, target),
  'anonymise.decide': ({ caseId, target, decisions }, { services }) =>
    services.anonymiseReview.decide(caseId, target, decisions),
  'anonymise.undo': ({ caseId, target, text }, { services }) => services.anonymiseReview.undo(caseId, target, text),
};
