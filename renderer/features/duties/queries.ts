// TanStack Query hooks for the duties panel: the duty check as at a date, and the decisions on
// its flags (accept as a finding, dismiss with a reason, restore).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { invoke } from '../../ipc/client';
import type { Input } from '../../../shared/ipc/contract';
import { dutiesKeys, refreshAfterDecision } from '../findings/queries';

export const useDutiesCheck = (caseId: string, asAt: string | null) =>
  useQuery({
    queryKey: dutiesKeys.check(caseId, asAt),
    queryFn: () => invoke('duties.check', { caseId, asAt }),
    placeholderData: keepPreviousData,
    // The check depends on the chronology and the case settings, edited on other tabs.
    staleTime: 0,
  });

export function useAcceptFlag(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: Omit<Input<'findings.acceptFlag'>, 'caseId'>) =>
      invoke('findings.acceptFlag', { caseId, ...args }),
    onSuccess: () => refreshAfterDecision(client, caseId),
  });
}

export function useDismissFlag(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: { rule: string; date: string; reason: string }) => invoke('flags.dismiss', { caseId, ...args }),
    onSuccess: () => refreshAfterDecision(client, caseId),
  });
}

export function useRestoreFlag(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: { rule: string; date: string }) => invoke('flags.restore', { caseId, ...args }),
    onSuccess: () => refreshAfterDecision(client, caseId),
  });
}
