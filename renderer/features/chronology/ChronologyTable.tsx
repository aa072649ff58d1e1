// The chronology as a table: year header rows, then each event's date, type, organisation,
// description and citations. Only the rows in view are in the page (virtualised), so 10,000
// events scroll smoothly. Keyboard: arrows move between rows, Enter edits the description in
// place (Enter or Ctrl+S saves, Escape cancels), Shift+Enter opens the full form,
// Alt+Arrow up/down moves an event within its day, Delete asks to delete it.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Table, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { CaseFileEvent } from '../../../shared/casefile/schema';
import type { ChronologyRow, EvidenceTitle } from './chronology-rows';
import { CELL, ChronologyEventRow, type EventRowActions, type EventRowData } from './ChronologyEventRow';

interface Props {
  rows: ChronologyRow[];
  orgNames: ReadonlyMap<string, string>;
  evidence: ReadonlyMap<string, EvidenceTitle>;
  highlighted: ReadonlySet<string>;
  onOpen: (event: CaseFileEvent) => void;
  onMove: (event: CaseFileEvent, direction: 'up' | 'down') => void;
  onDelete: (event: CaseFileEvent) => void;
  onSaveText: (event: CaseFileEvent, text: string) => Promise<void>;
}

const COLUMNS = 6;

export function ChronologyTable({
  rows,
  orgNames,
  evidence,
  highlighted,
  onOpen,
  onMove,
  onDelete,
  onSaveText,
}: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ id: string; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const wantFocus = useRef(false);

  const indexById = useMemo(() => new Map(rows.map((r, i) => [r.key, i])), [rows]);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser is read through its own API each render
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (rows[i]?.kind === 'year' ? 38 : 46),
    getItemKey: (i) => rows[i]?.key ?? i,
    overscan: 12,
  });

  // Bring the first highlighted event (a link from the duties panel) into view once.
  const firstHighlight = rows.find((r) => r.kind === 'event' && highlighted.has(r.key))?.key;
  const scrolledTo = useRef<string | null>(null);
  useEffect(() => {
    if (!firstHighlight || scrolledTo.current === firstHighlight) return;
    scrolledTo.current = firstHighlight;
    const index = indexById.get(firstHighlight);
    if (index !== undefined) virtualizer.scrollToIndex(index, { align: 'center' });
  }, [firstHighlight, indexById, virtualizer]);

  // Keyboard focus follows the event, even after it moves or the list scrolls to it.
  useEffect(() => {
    if (!wantFocus.current || !focusedId) return;
    const el = scrollRef.current?.querySelector<HTMLElement>(`tr[data-event-id="${CSS.escape(focusedId)}"]`);
    if (el) {
      el.focus({ preventScroll: true });
      wantFocus.current = false;
    }
  });

  const eventRows = rows.filter((r): r is EventRowData => r.kind === 'event');
  const tabStop = focusedId && indexById.has(focusedId) ? focusedId : eventRows[0]?.key;

  const focusEvent = (id: string) => {
    wantFocus.current = true;
    setFocusedId(id);
    const index = indexById.get(id);
    if (index !== undefined) virtualizer.scrollToIndex(index, { align: 'auto' });
  };

  const onRowKeyDown = (e: KeyboardEvent<HTMLTableRowElement>, row: EventRowData) => {
    if (e.target !== e.currentTarget) return;
    const at = eventRows.findIndex((r) => r.key === row.key);
    const go = (delta: number) => {
      const next = eventRows[at + delta];
      if (next) focusEvent(next.key);
    };
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      const direction = e.key === 'ArrowUp' ? 'up' : 'down';
      if (direction === 'up' ? row.canMoveUp : row.canMoveDown) {
        wantFocus.current = true;
        onMove(row.event, direction);
      }
      return;
    }
    const keys: Record<string, () => void> = {
      ArrowDown: () => go(1),
      ArrowUp: () => go(-1),
      PageDown: () => go(10),
      PageUp: () => go(-10),
      Home: () => eventRows[0] && focusEvent(eventRows[0].key),
      End: () => eventRows.at(-1) && focusEvent(eventRows.at(-1)!.key),
      Enter: () => (e.shiftKey ? onOpen(row.event) : setEditing({ id: row.key, text: row.event.text ?? '' })),
      Delete: () => onDelete(row.event),
    };
    const action = keys[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  };

  const saveInline = async () => {
    if (!editing || saving) return;
    const row = eventRows.find((r) => r.key === editing.id);
    if (!row) return setEditing(null);
    setSaving(true);
    try {
      await onSaveText(row.event, editing.text);
      setEditing(null);
      focusEvent(row.key);
    } finally {
      setSaving(false);
    }
  };
  const cancelInline = () => {
    const id = editing?.id;
    setEditing(null);
    if (id) focusEvent(id);
  };

  // The rows get one stable object of callbacks, each reaching the latest handlers, so a row
  // re-renders only when its own data changes.
  const latest = useRef({ onRowKeyDown, saveInline, cancelInline, onOpen, onMove, onDelete });
  useEffect(() => {
    latest.current = { onRowKeyDown, saveInline, cancelInline, onOpen, onMove, onDelete };
  });
  const actions = useMemo<EventRowActions>(
    () => ({
      keyDown: (e, row) => latest.current.onRowKeyDown(e, row),
      focused: (id) => setFocusedId(id),
      open: (event) => latest.current.onOpen(event),
      move: (event, direction) => latest.current.onMove(event, direction),
      remove: (event) => latest.current.onDelete(event),
      editChange: (text) => setEditing((prev) => (prev ? { ...prev, text } : prev)),
      editSave: () => void latest.current.saveInline(),
      editCancel: () => latest.current.cancelInline(),
    }),
    [],
  );

  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;

  return (
    <div
      ref={scrollRef}
      data-testid="chronology-scroll"
      style={{ height: 'max(380px, calc(100vh - 330px))', overflow: 'auto', contain: 'strict' }}
    >
      <Table aria-label="Chronology" aria-rowcount={rows.length + 1} layout="fixed" stickyHeader verticalSpacing={6}>
        <colgroup>
          <col style={{ width: 100 }} />
          <col style={{ width: '14%' }} />
          <col style={{ width: '16%' }} />
          <col />
          <col style={{ width: '16%' }} />
          <col style={{ width: 112 }} />
        </colgroup>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Date</Table.Th>
            <Table.Th>Type</Table.Th>
            <Table.Th>Organisation</Table.Th>
            <Table.Th>Description</Table.Th>
            <Table.Th>Citations</Table.Th>
            <Table.Th>
              <span className="sr-only" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden' }}>
                Actions
              </span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {padTop > 0 && (
            <tr aria-hidden style={{ height: padTop }}>
              <td colSpan={COLUMNS} style={{ padding: 0, border: 0 }} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index]!;
            if (row.kind === 'year')
              return (
                <tr
                  key={row.key}
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  data-testid="year-row"
                  style={{ background: 'var(--mantine-color-gray-1)' }}
                >
                  <td colSpan={COLUMNS} style={CELL}>
                    <Text fw={700} span>
                      {row.year}
                    </Text>{' '}
                    <Text c="dimmed" size="sm" span ml="sm">
                      {row.count} event{row.count === 1 ? '' : 's'}
                    </Text>
                  </td>
                </tr>
              );
            return (
              <ChronologyEventRow
                key={row.key}
                row={row}
                index={item.index}
                measure={virtualizer.measureElement}
                orgNames={orgNames}
                evidence={evidence}
                highlighted={highlighted.has(row.key)}
                tabStop={tabStop === row.key}
                editingText={editing?.id === row.key ? editing.text : null}
                saving={saving}
                actions={actions}
              />
            );
          })}
          {padBottom > 0 && (
            <tr aria-hidden style={{ height: padBottom }}>
              <td colSpan={COLUMNS} style={{ padding: 0, border: 0 }} />
            </tr>
          )}
        </Table.Tbody>
      </Table>
    </div>
  );
}
