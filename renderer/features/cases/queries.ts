// TanStack Query hooks for cases: every read and write goes through the typed IPC client.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { invoke } from '../../ipc/client';
import { localDb } from '../../drafts/db';
import type { Input } from '../../../shared/ipc/contract';

export const caseKeys = {
  all: ['cases'] as const,
  list: (query: Input<'cases.list'>) => ['cases', 'list', query] as const,
  detail: (caseId: string) => ['cases', 'detail', caseId] as const,
  history: (caseId: string) => ['cases', 'history', caseId] as const,
};

export const useCaseList = (query: Input<'cases.list'>) =>
  useQuery({
    queryKey: caseKeys.list(query),
    queryFn: () => invoke('cases.list', query),
    placeholderData: (prev) => prev,
  });

export const useCase = (caseId: string | undefined) =>
  useQuery({
    queryKey: caseKeys.detail(caseId ?? ''),
    queryFn: () => invoke('cases.get', { caseId: caseId! }),
    enabled: !!caseId,
  });

export const useCaseHistory = (caseId: string) =>
  useQuery({ queryKey: caseKeys.history(caseId), queryFn: () => invoke('cases.history', { caseId }) });

export function useSaveCase() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: { caseId?: string; draft: Input<'cases.create'>['draft']; expectedUpdatedAt?: string }) =>
      args.caseId
        ? invoke('cases.update', { caseId: args.caseId, draft: args.draft, expectedUpdatedAt: args.expectedUpdatedAt })
        : invoke('cases.create', { draft: args.draft }),
    onSuccess: (saved) => {
      client.setQueryData(caseKeys.detail(saved.id), saved);
      void client.invalidateQueries({ queryKey: caseKeys.all });
    },
  });
}

export function useDeleteCase() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (caseId: string) => invoke('cases.delete', { caseId }),
    onSuccess: async (_deleted, caseId) => {
      // The case is purged: unsaved edits journalled for it (`case:<id>`, `event:<id>:…`) go too.
      await localDb.drafts.filter((d) => d.key.split(':').includes(caseId)).delete();
      await client.invalidateQueries({ queryKey: caseKeys.all });
    },
  });
}
