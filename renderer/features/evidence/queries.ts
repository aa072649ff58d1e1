// TanStack Query hooks for evidence: the case's list, one item, its pages, metadata edits,
// starting imports and OCR runs, and following a job (polled every 300 ms while it runs).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { invoke } from '../../ipc/client';
import type { Input } from '../../../shared/ipc/contract';
import { caseKeys } from '../cases/queries';

export const evidenceKeys = {
  all: ['evidence'] as const,
  list: (caseId: string) => ['evidence', 'list', caseId] as const,
  detail: (caseId: string, evidenceId: string) => ['evidence', 'detail', caseId, evidenceId] as const,
  pages: (caseId: string, evidenceId: string) => ['evidence', 'pages', caseId, evidenceId] as const,
  job: (jobId: string) => ['jobs', jobId] as const,
};

export const JOB_POLL_MS = 300;

export const useEvidenceList = (caseId: string) =>
  useQuery({ queryKey: evidenceKeys.list(caseId), queryFn: () => invoke('evidence.list', { caseId }) });

export const useEvidence = (caseId: string, evidenceId: string) =>
  useQuery({
    queryKey: evidenceKeys.detail(caseId, evidenceId),
    queryFn: () => invoke('evidence.get', { caseId, evidenceId }),
  });

export const useEvidencePages = (caseId: string, evidenceId: string) =>
  useQuery({
    queryKey: evidenceKeys.pages(caseId, evidenceId),
    queryFn: () => invoke('evidence.pages', { caseId, evidenceId }),
  });

/** Every evidence read of the case, and its history, after a change. */
export function useRefreshEvidence(caseId: string) {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: ['evidence'] });
    void client.invalidateQueries({ queryKey: ['search'] });
    void client.invalidateQueries({ queryKey: ['chronology', 'evidence', caseId] });
    void client.invalidateQueries({ queryKey: caseKeys.history(caseId) });
  };
}

export function useUpdateEvidence(caseId: string, evidenceId: string) {
  const client = useQueryClient();
  const refresh = useRefreshEvidence(caseId);
  return useMutation({
    mutationFn: (patch: Input<'evidence.update'>['patch']) => invoke('evidence.update', { caseId, evidenceId, patch }),
    onSuccess: (saved) => {
      client.setQueryData(evidenceKeys.detail(caseId, evidenceId), saved);
      refresh();
    },
  });
}

export const useStartImport = () =>
  useMutation({ mutationFn: (input: Input<'evidence.import'>) => invoke('evidence.import', input) });

export const useStartOcr = () =>
  useMutation({ mutationFn: (input: Input<'evidence.rerunOcr'>) => invoke('evidence.rerunOcr', input) });

export const useCancelJob = () => useMutation({ mutationFn: (jobId: string) => invoke('jobs.cancel', { jobId }) });

/** A job's status, polled while it runs and left alone once it has finished. */
export const useJobStatus = (jobId: string) =>
  useQuery({
    queryKey: evidenceKeys.job(jobId),
    queryFn: () => invoke('jobs.status', { jobId }),
    refetchInterval: (query) => (query.state.data?.state === 'running' || !query.state.data ? JOB_POLL_MS : false),
    staleTime: 0,
  });
