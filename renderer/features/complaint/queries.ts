// TanStack Query hooks for the complaint on a case: read it, and save it whole.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ComplaintDraft } from '../../../shared/ipc/channels/complaint';
import { invoke } from '../../ipc/client';
import { caseKeys } from '../cases/queries';

export const complaintKeys = { of: (caseId: string) => ['complaint', caseId] as const };

export const useComplaint = (caseId: string) =>
  useQuery({ queryKey: complaintKeys.of(caseId), queryFn: () => invoke('complaint.get', { caseId }) });

export function useSaveComplaint(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (complaint: ComplaintDraft) => invoke('complaint.save', { caseId, complaint }),
    onSuccess: (saved) => {
      client.setQueryData(complaintKeys.of(caseId), saved);
      // The letters' checks read the complaint.
      void client.invalidateQueries({ queryKey: ['letters'] });
      void client.invalidateQueries({ queryKey: caseKeys.history(caseId) });
    },
  });
}
