// TanStack Query hooks for findings: list, save (create or edit), delete; every change also
// refreshes the duty check (accepted flags) and the case history. Reads are never taken as
// fresh: the chronology and the case settings, edited elsewhere, change what they show.
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { invoke } from '../../ipc/client';
import { caseKeys } from '../cases/queries';
import type { FindingFormValues } from './finding-form-values';
import { findingFromForm } from './finding-form-values';

export const findingKeys = {
  list: (caseId: string) => ['findings', caseId] as const,
};
export const dutiesKeys = {
  all: (caseId: string) => ['duties', caseId] as const,
  check: (caseId: string, asAt: string | null) => ['duties', caseId, asAt] as const,
};

/** After any finding or flag decision: what may have changed on screen. */
export function refreshAfterDecision(client: QueryClient, caseId: string) {
  void client.invalidateQueries({ queryKey: ['findings', caseId] });
  void client.invalidateQueries({ queryKey: dutiesKeys.all(caseId) });
  void client.invalidateQueries({ queryKey: caseKeys.history(caseId) });
}

export const useFindings = (caseId: string) =>
  useQuery({ queryKey: findingKeys.list(caseId), queryFn: () => invoke('findings.list', { caseId }), staleTime: 0 });

/** The case's events, shared with the chronology so its edits refresh this list too. */
export { useEvents as useCaseEvents } from '../chronology/queries';

export function useSaveFinding(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ findingId, values }: { findingId?: string; values: FindingFormValues & { rule?: string } }) =>
      findingId
        ? invoke('findings.update', { caseId, findingId, finding: findingFromForm(values) })
        : invoke('findings.create', { caseId, finding: findingFromForm(values) }),
    onSuccess: () => refreshAfterDecision(client, caseId),
  });
}

export function useDeleteFinding(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (findingId: string) => invoke('findings.delete', { caseId, findingId }),
    onSuccess: () => refreshAfterDecision(client, caseId),
  });
}
