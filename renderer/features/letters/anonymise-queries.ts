// TanStack Query hooks for the anonymisation review: the details found in a letter or the
// chronology with the decisions taken, deciding, and taking a decision back.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { invoke } from '../../ipc/client';
import type { Input } from '../../../shared/ipc/contract';
import type { ReviewView } from '../../../shared/ipc/channels/anonymise';
import { caseKeys } from '../cases/queries';

export type ReviewTarget = Input<'anonymise.review'>['target'];

const reviewKey = (caseId: string, target: ReviewTarget) =>
  ['anonymise', caseId, target.kind === 'letter' ? target.letterId : 'chronology'] as const;

/** `version` (the letter's updatedAt) refetches the review when the saved letter changes. */
export const useAnonymiseReview = (caseId: string, target: ReviewTarget, enabled: boolean, version = '') =>
  useQuery({
    queryKey: [...reviewKey(caseId, target), version],
    queryFn: () => invoke('anonymise.review', { caseId, target }),
    enabled,
  });

function useStoreReview(caseId: string, target: ReviewTarget) {
  const client = useQueryClient();
  return (view: ReviewView) => {
    client.setQueriesData<ReviewView>({ queryKey: reviewKey(caseId, target) }, () => view);
    void client.invalidateQueries({ queryKey: caseKeys.history(caseId) });
  };
}

export function useDecide(caseId: string, target: ReviewTarget) {
  const store = useStoreReview(caseId, target);
  return useMutation({
    mutationFn: (decisions: Input<'anonymise.decide'>['decisions']) =>
      invoke('anonymise.decide', { caseId, target, decisions }),
    onSuccess: store,
  });
}

export function useUndoDecision(caseId: string, target: ReviewTarget) {
  const store = useStoreReview(caseId, target);
  return useMutation({
    mutationFn: (text: string) => invoke('anonymise.undo', { caseId, target, text }),
    onSuccess: store,
  });
}
