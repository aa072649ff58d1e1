// TanStack Query hooks for letters: every read and write goes through the typed IPC client.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { invoke } from '../../ipc/client';
import type { Input } from '../../../shared/ipc/contract';
import type { LetterDetail } from '../../../shared/ipc/channels/letters';
import { caseKeys } from '../cases/queries';

export const letterKeys = {
  all: (caseId: string) => ['letters', caseId] as const,
  list: (caseId: string) => ['letters', caseId, 'list'] as const,
  detail: (caseId: string, letterId: string) => ['letters', caseId, 'detail', letterId] as const,
};

export const useLetters = (caseId: string) =>
  useQuery({ queryKey: letterKeys.list(caseId), queryFn: () => invoke('letters.list', { caseId }) });

export const useLetter = (caseId: string, letterId: string) =>
  useQuery({
    queryKey: letterKeys.detail(caseId, letterId),
    queryFn: () => invoke('letters.get', { caseId, letterId }),
    // Its checks read the findings, the remedy and the complaint, edited on other tabs.
    staleTime: 0,
    refetchOnMount: 'always',
  });

/** After a write: the letter as the main process now has it, the list, and the case's history. */
function useStoreLetter(caseId: string) {
  const client = useQueryClient();
  return (saved?: LetterDetail) => {
    if (saved) client.setQueryData(letterKeys.detail(caseId, saved.id), saved);
    void client.invalidateQueries({ queryKey: letterKeys.list(caseId) });
    void client.invalidateQueries({ queryKey: caseKeys.history(caseId) });
  };
}

export function useCreateLetter(caseId: string) {
  const store = useStoreLetter(caseId);
  return useMutation({
    mutationFn: (template: Input<'letters.create'>['template']) => invoke('letters.create', { caseId, template }),
    onSuccess: store,
  });
}

export function useSaveSection(caseId: string, letterId: string) {
  const store = useStoreLetter(caseId);
  return useMutation({
    mutationFn: (args: Pick<Input<'letters.saveSection'>, 'sectionId' | 'section'>) =>
      invoke('letters.saveSection', { caseId, letterId, ...args }),
    onSuccess: store,
  });
}

export function useRegenerateSection(caseId: string, letterId: string) {
  return useMutation({
    mutationFn: (sectionId: string) => invoke('letters.regenerateSection', { caseId, letterId, sectionId }),
  });
}

export function useSetAnonymise(caseId: string, letterId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (anonymise: boolean) => invoke('letters.setAnonymise', { caseId, letterId, anonymise }),
    onSuccess: (summary) => {
      client.setQueryData<LetterDetail>(letterKeys.detail(caseId, letterId), (old) =>
        old ? { ...old, anonymise: summary.anonymise, updatedAt: summary.updatedAt } : old,
      );
      void client.invalidateQueries({ queryKey: caseKeys.history(caseId) });
    },
  });
}

export function useExportLetter(caseId: string, letterId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: Pick<Input<'letters.export'>, 'format' | 'anonymise'>) =>
      invoke('letters.export', { caseId, letterId, ...args }),
    onSuccess: () => client.invalidateQueries({ queryKey: caseKeys.history(caseId) }),
  });
}

export function useApproveLetter(caseId: string, letterId: string) {
  const store = useStoreLetter(caseId);
  return useMutation({ mutationFn: () => invoke('letters.approve', { caseId, letterId }), onSuccess: store });
}

export function useUpdateDecisionLines(caseId: string, letterId: string) {
  const store = useStoreLetter(caseId);
  return useMutation({
    mutationFn: () => invoke('letters.updateDecisionLines', { caseId, letterId }),
    onSuccess: store,
  });
}

export function useSupersedeLetter(caseId: string, letterId: string) {
  const store = useStoreLetter(caseId);
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => invoke('letters.supersede', { caseId, letterId }),
    onSuccess: (next) => {
      store(next);
      void client.invalidateQueries({ queryKey: letterKeys.detail(caseId, letterId) });
    },
  });
}
