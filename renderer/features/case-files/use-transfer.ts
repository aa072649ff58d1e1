// Import and export of case files and case archives from the renderer: the main process opens
// the file dialog; the result (or the reason it failed, naming the file and field) is shown. An
// archive runs as a job under an id chosen here, so its progress can be shown and it can be
// cancelled while the request is still pending.
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { invoke } from '../../ipc/client';
import { caseKeys } from '../cases/queries';

export function useImportCase(kind: 'casefile' | 'archive') {
  const client = useQueryClient();
  const navigate = useNavigate();
  const [jobId, setJobId] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: () => {
      if (kind === 'casefile') return invoke('casefile.import', {});
      const id = crypto.randomUUID();
      setJobId(id);
      return invoke('archive.import', { jobId: id });
    },
    onSuccess: (result) => {
      if (result.cancelled) return;
      void client.invalidateQueries({ queryKey: caseKeys.all });
      notifications.show({
        color: 'green',
        title: 'Case imported',
        message: `“${result.caseDetail.title}”: ${result.events} events, ${result.evidence} evidence items.`,
      });
      navigate(`/cases/${result.caseDetail.id}`);
    },
  });
  return { ...mutation, jobId: mutation.isPending ? jobId : null };
}

export function useExportCase(kind: 'casefile' | 'archive', caseId: string) {
  const client = useQueryClient();
  const [jobId, setJobId] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: async (): Promise<{ cancelled: true } | { cancelled: false; path: string }> => {
      if (kind === 'casefile') return invoke('casefile.export', { caseId });
      const id = crypto.randomUUID();
      setJobId(id);
      return invoke('archive.export', { caseId, jobId: id });
    },
    onSuccess: (result) => {
      if (result.cancelled) return;
      void client.invalidateQueries({ queryKey: caseKeys.history(caseId) });
      notifications.show({ color: 'green', title: 'Exported', message: `Saved to ${result.path}` });
    },
  });
  return { ...mutation, jobId: mutation.isPending ? jobId : null };
}
