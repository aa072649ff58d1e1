// TanStack Query hooks for the chronology: the case's events, the evidence its citations may
// name, and the writes (add, edit, delete, move within a day), each refreshing the list.
// prefetchChronology starts the reads before the tab is drawn (see case-tabs.tsx).
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { invoke } from '../../ipc/client';
import type { CaseFileEvent } from '../../../shared/casefile/schema';
import { caseKeys } from '../cases/queries';

export const chronologyKeys = {
  events: (caseId: string) => ['chronology', 'events', caseId] as const,
  evidence: (caseId: string) => ['chronology', 'evidence', caseId] as const,
};

const eventsQuery = (caseId: string) => ({
  queryKey: chronologyKeys.events(caseId),
  queryFn: () => invoke('events.list', { caseId }),
});
const evidenceOptionsQuery = (caseId: string) => ({
  queryKey: chronologyKeys.evidence(caseId),
  queryFn: () => invoke('chronology.evidenceOptions', { caseId }),
});

export const useEvents = (caseId: string) => useQuery(eventsQuery(caseId));

export const useEvidenceOptions = (caseId: string) => useQuery(evidenceOptionsQuery(caseId));

/** Starts loading what the tab shows (unless it is cached and fresh), so it arrives sooner. */
export function prefetchChronology(client: QueryClient, caseId: string): void {
  void client.prefetchQuery(eventsQuery(caseId));
  void client.prefetchQuery(evidenceOptionsQuery(caseId));
}

function useRefresh(caseId: string) {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: chronologyKeys.events(caseId) });
    void client.invalidateQueries({ queryKey: caseKeys.history(caseId) });
  };
}

export function useSaveEvent(caseId: string) {
  const refresh = useRefresh(caseId);
  return useMutation({
    mutationFn: (args: { eventId?: string; event: Record<string, unknown> }) =>
      args.eventId
        ? invoke('events.update', { caseId, eventId: args.eventId, event: args.event })
        : invoke('events.create', { caseId, event: args.event }),
    onSuccess: refresh,
  });
}

export function useDeleteEvent(caseId: string) {
  const refresh = useRefresh(caseId);
  return useMutation({
    mutationFn: (eventId: string) => invoke('events.delete', { caseId, eventId }),
    onSuccess: refresh,
  });
}

export function useMoveEvent(caseId: string) {
  const client = useQueryClient();
  const refresh = useRefresh(caseId);
  return useMutation({
    mutationFn: (args: { eventId: string; direction: 'up' | 'down' }) => invoke('events.move', { caseId, ...args }),
    onSuccess: (events: CaseFileEvent[]) => {
      client.setQueryData(chronologyKeys.events(caseId), events);
      refresh();
    },
  });
}
