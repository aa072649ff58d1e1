// The Chronology tab of a case: filters, the table and the timeline (either or both), the
// add/edit form at /cases/<id>/chronology/new (pre-filled from the address by the evidence
// viewer's "Add to chronology") and /cases/<id>/chronology/<eventId>, and highlighted events
// from ?highlight=e1,e2 (links from the duties panel). The filters and buttons are drawn at once,
// while the events load, so that when they come only the table's first screen is left to draw.
import { useMemo, useState } from 'react';
import { Alert, Button, Group, Loader, SegmentedControl, Stack, Text, Tooltip } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { CaseDetail } from '../../../shared/domain/case';
import type { CaseFileEvent } from '../../../shared/casefile/schema';
import { buildChronologyRows, isFiltered, NO_FILTERS, type ChronologyFilters } from './chronology-rows';
import { formFromPrefill } from './event-form-values';
import { ChronologyFilterBar } from './ChronologyFilterBar';
import { ChronologyTable } from './ChronologyTable';
import { ChronologyTimeline } from './ChronologyTimeline';
import { confirmDeleteEvent } from './confirm-delete-event';
import { EventFormModal } from './EventFormModal';
import { ExportChronologyMenu } from './ExportChronologyMenu';
import { useDeleteEvent, useEvents, useEvidenceOptions, useMoveEvent, useSaveEvent } from './queries';

type View = 'table' | 'timeline' | 'both';

export function ChronologyTab({ caseDetail }: { caseDetail: CaseDetail }) {
  const caseId = caseDetail.id;
  const params = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const sub = (params['*'] ?? '').split('/')[1] ?? '';
  const events = useEvents(caseId);
  const evidence = useEvidenceOptions(caseId);
  const move = useMoveEvent(caseId);
  const save = useSaveEvent(caseId);
  const remove = useDeleteEvent(caseId);
  const [filters, setFilters] = useState<ChronologyFilters>(NO_FILTERS);
  const [view, setView] = useState<View>(search.get('view') === 'timeline' ? 'timeline' : 'table');

  const highlightParam = search.get('highlight') ?? '';
  const highlighted = useMemo(() => new Set(highlightParam.split(',').filter(Boolean)), [highlightParam]);
  const orgNames = useMemo(() => new Map(caseDetail.organisations.map((o) => [o.id, o.name])), [caseDetail]);
  const evidenceTitles = useMemo(() => new Map((evidence.data ?? []).map((e) => [e.id, e])), [evidence.data]);
  const all = useMemo(() => events.data ?? [], [events.data]);
  const rows = useMemo(
    () => buildChronologyRows(all, filters, { orgNames, evidence: evidenceTitles }),
    [all, filters, orgNames, evidenceTitles],
  );
  const shown = useMemo(() => rows.flatMap((r) => (r.kind === 'event' ? [r.event] : [])), [rows]);
  const prefill = useMemo(() => (sub === 'new' ? formFromPrefill(search) : undefined), [sub, search]);

  const base = `/cases/${caseId}/chronology`;
  const keep = highlightParam ? `?highlight=${encodeURIComponent(highlightParam)}` : '';
  const openNew = () => navigate(`${base}/new${keep}`);
  const openEvent = (e: CaseFileEvent) => navigate(`${base}/${encodeURIComponent(e.id)}${keep}`);
  const closeForm = () => navigate(`${base}${keep}`);
  useHotkeys([['alt+N', openNew]]);

  const failed = (what: string) => (err: unknown) =>
    notifications.show({ color: 'red', title: what, message: err instanceof Error ? err.message : String(err) });

  if (events.error) return <Alert color="red">{events.error.message}</Alert>;
  const loaded = events.data !== undefined;
  const editing = sub && sub !== 'new' ? all.find((e) => e.id === decodeURIComponent(sub)) : undefined;

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <ChronologyFilterBar filters={filters} organisations={caseDetail.organisations} onChange={setFilters} />
        <Group gap="sm">
          <SegmentedControl
            aria-label="Show"
            value={view}
            onChange={(v) => setView(v as View)}
            data={[
              { value: 'table', label: 'Table' },
              { value: 'timeline', label: 'Timeline' },
              { value: 'both', label: 'Both' },
            ]}
          />
          <Tooltip label="Alt+N">
            <Button onClick={openNew}>Add event</Button>
          </Tooltip>
          <ExportChronologyMenu caseId={caseDetail.id} />
        </Group>
      </Group>
      <Text size="sm" c="dimmed" aria-live="polite">
        <span>
          {!loaded
            ? 'Loading the events…'
            : isFiltered(filters)
              ? `Showing ${shown.length} of ${all.length} events`
              : `${all.length} event${all.length === 1 ? '' : 's'}`}
        </span>
        {highlighted.size > 0 && ` · ${highlighted.size} highlighted from the link you followed`}
      </Text>
      {!loaded ? (
        <Loader />
      ) : all.length === 0 ? (
        <Alert color="gray" title="No events yet">
          Add the first event with “Add event”, or from a passage of evidence with “Add to chronology”.
        </Alert>
      ) : (
        <>
          {view !== 'table' && (
            <ChronologyTimeline
              events={shown}
              organisations={caseDetail.organisations}
              highlighted={highlighted}
              onOpen={openEvent}
            />
          )}
          {view !== 'timeline' && (
            <ChronologyTable
              rows={rows}
              orgNames={orgNames}
              evidence={evidenceTitles}
              highlighted={highlighted}
              onOpen={openEvent}
              onMove={(e, direction) => move.mutate({ eventId: e.id, direction }, { onError: failed('Not moved') })}
              onDelete={(e) =>
                confirmDeleteEvent(e, async () => {
                  await remove.mutateAsync(e.id);
                  notifications.show({ message: 'Event deleted', color: 'green' });
                })
              }
              onSaveText={async (e, text) => {
                const { id: _id, ...rest } = e;
                const trimmed = text.trim();
                try {
                  await save.mutateAsync({
                    eventId: e.id,
                    event: { ...rest, text: trimmed || undefined },
                  });
                } catch (err) {
                  failed('Description not saved')(err);
                  throw err;
                }
              }}
            />
          )}
        </>
      )}
      {sub === 'new' && <EventFormModal key="new" caseDetail={caseDetail} prefill={prefill} onClose={closeForm} />}
      {editing && <EventFormModal key={editing.id} caseDetail={caseDetail} event={editing} onClose={closeForm} />}
      {loaded && sub && sub !== 'new' && !editing && (
        <Alert color="yellow" title="Event not found" withCloseButton onClose={closeForm}>
          There is no event {decodeURIComponent(sub)} in this chronology; it may have been deleted.
        </Alert>
      )}
    </Stack>
  );
}
