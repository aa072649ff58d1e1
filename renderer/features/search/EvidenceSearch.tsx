// Search over evidence, with the query kept in the address (?q=) so Back returns to the
// results: within one case (the Evidence tab) or across every case (the Search page).
import { Loader } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { SearchForm } from './SearchForm';
import { SearchHits } from './SearchHits';
import { useEvidenceSearch } from './queries';

export function EvidenceSearch({ caseId, label }: { caseId: string | null; label: string }) {
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const search = useEvidenceSearch(query, caseId);
  const onSearch = (next: string) =>
    setParams(
      (prev) => {
        const out = new URLSearchParams(prev);
        if (next.trim()) out.set('q', next.trim());
        else out.delete('q');
        return out;
      },
      { replace: true },
    );
  return (
    <>
      <SearchForm
        query={query}
        onSearch={onSearch}
        label={label}
        error={query.trim() && search.error ? search.error.message : null}
        searching={search.isFetching}
      />
      {query.trim() && !search.error && search.data && (
        <SearchHits result={search.data} query={query.trim()} showCase={caseId === null} />
      )}
      {query.trim() && !search.data && !search.error && <Loader size="sm" />}
    </>
  );
}
