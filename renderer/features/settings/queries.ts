// Queries for the investigator's settings.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { invoke } from '../../ipc/client';

export const useSettings = () => useQuery({ queryKey: ['settings'], queryFn: () => invoke('settings.get', {}) });

export function useUpdateSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: string | { retentionYears: number }) =>
      invoke('settings.update', typeof change === 'string' ? { investigatorName: change } : change),
    onSuccess: (value) => {
      client.setQueryData(['settings'], value);
      // The retention period decides which cases the "closed more than N years ago" list shows.
      void client.invalidateQueries({ queryKey: ['cases', 'list'] });
    },
  });
}
