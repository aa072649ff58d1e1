// Import and export of case files and case archives from the renderer: the main process opens
// the file dialog; the result (or the reason it failed, naming the file and field) is shown.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { invoke } from '../../ipc/client';
import { caseKeys } from '../cases/queries';

export function useImportCase(kind: 'casefile' | 'archive') {
  const client = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => (kind === 'casefile' ? invoke('casefile.import', {}) : invoke('archive.import', {})),
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
}

export function useExportCase(kind: 'casefile' | 'archive', caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (): Promise<{ cancelled: true } | { cancelled: false; path: string }> =>
      kind === 'casefile' ? invoke('casefile.export', { caseId }) : invoke('archive.export', { caseId }),
    onSuccess: (result) => {
      if (result.cancelled) return;
      void client.invalidateQueries({ queryKey: caseKeys.history(caseId) });
      notifications.show({ color: 'green', title: 'Exported', message: `Saved to ${result.path}` });
    },
  });
}
