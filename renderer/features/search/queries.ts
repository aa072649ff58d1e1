// TanStack Query hook for evidence search, within one case or across all; an empty query asks nothing.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { invoke } from '../../ipc/client';

export const searchKeys = {
  query: (query: string, caseId: string | null) => ['search', caseId ?? '*', query] as const,
};

export const useEvidenceSearch = (query: string, caseId: string | null) =>
  useQuery({
    queryKey: searchKeys.query(query.trim(), caseId),
    queryFn: () => invoke('evidence.search', { query: query.trim(), caseId, limit: 100 }),
    enabled: query.trim().length > 0,
    placeholderData: keepPreviousData,
  });
