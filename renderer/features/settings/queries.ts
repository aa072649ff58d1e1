// Queries for the investigator's settings.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { invoke } from '../../ipc/client';

export const useSettings = () => useQuery({ queryKey: ['settings'], queryFn: () => invoke('settings.get', {}) });

export function useUpdateSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (investigatorName: string) => invoke('settings.update', { investigatorName }),
    onSuccess: (value) => client.setQueryData(['settings'], value),
  });
}
