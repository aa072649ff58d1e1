// TanStack Query hooks for remedies: the case's remedy (inputs, calculator result, words,
// actions), every change to it, the cross-case compliance list and the reference points. Any
// change refreshes the remedy, the case history and the compliance list.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { invoke } from '../../ipc/client';
import { caseKeys } from '../cases/queries';
import type { Channel, Input, Output } from '../../../shared/ipc/contract';

export const remedyKeys = {
  remedy: (caseId: string) => ['remedy', caseId] as const,
  compliance: (all: boolean) => ['compliance', all] as const,
  referencePoints: ['remedy', 'reference-points'] as const,
};

export const useRemedy = (caseId: string) =>
  useQuery({ queryKey: remedyKeys.remedy(caseId), queryFn: () => invoke('remedy.get', { caseId }) });

export const useCompliance = (all = false) =>
  useQuery({ queryKey: remedyKeys.compliance(all), queryFn: () => invoke('compliance.list', { all }) });

export const useReferencePoints = () =>
  useQuery({ queryKey: remedyKeys.referencePoints, queryFn: () => invoke('remedy.referencePoints.list', {}) });

export type CaseChannel =
  | 'payments.save'
  | 'payments.delete'
  | 'offsets.save'
  | 'offsets.delete'
  | 'remedy.saveChoices'
  | 'remedy.savePayment'
  | 'remedy.deletePayment'
  | 'remedy.saveAction'
  | 'remedy.deleteAction'
  | 'remedy.setActionStatus';

/** A change to one case's remedy over `channel`; the caseId is filled in. */
export function useRemedyChange<C extends CaseChannel>(caseId: string, channel: C) {
  const client = useQueryClient();
  return useMutation<Output<C>, Error, Omit<Input<C>, 'caseId'>>({
    mutationFn: (input) => invoke(channel, { ...input, caseId } as Input<C>),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: remedyKeys.remedy(caseId) });
      void client.invalidateQueries({ queryKey: caseKeys.history(caseId) });
      void client.invalidateQueries({ queryKey: ['compliance'] });
    },
  });
}

export function useSaveReferencePoints() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (points: Input<'remedy.referencePoints.save'>['points']) =>
      invoke('remedy.referencePoints.save', { points }),
    onSuccess: (saved) => client.setQueryData(remedyKeys.referencePoints, saved),
  });
}

export type RemedyData = Output<'remedy.get'>;
export type { Channel };
