// One event's row in the chronology table. Memoised and built from plain cells, because while
// the list scrolls dozens of rows mount every frame and only the ones that changed re-render.
import { memo, type KeyboardEvent } from 'react';
import { ActionIcon, Badge, Textarea } from '@mantine/core';
import type { CaseFileEvent } from '../../../shared/casefile/schema';
import { EVENT_TYPE_LABELS, formatEventDate } from '../../../shared/chronology/event-labels';
import { citationLabel, eventDetails, type ChronologyRow, type EvidenceTitle } from './chronology-rows';

export type EventRowData = Extract<ChronologyRow, { kind: 'event' }>;

/** Stable callbacks from the table (they read its latest state themselves). */
export interface EventRowActions {
  keyDown(e: KeyboardEvent<HTMLTableRowElement>, row: EventRowData): void;
  focused(id: string): void;
  open(event: CaseFileEvent): void;
  move(event: CaseFileEvent, direction: 'up' | 'down'): void;
  remove(event: CaseFileEvent): void;
  editChange(text: string): void;
  editSave(): void;
  editCancel(): void;
}

interface Props {
  row: EventRowData;
  index: number;
  measure: (el: Element | null) => void;
  orgNames: ReadonlyMap<string, string>;
  evidence: ReadonlyMap<string, EvidenceTitle>;
  highlighted: boolean;
  tabStop: boolean;
  /** The description being edited in place, or null. */
  editingText: string | null;
  saving: boolean;
  actions: EventRowActions;
}

export const CELL = {
  padding: '6px 10px',
  borderBottom: '1px solid var(--mantine-color-gray-3)',
  verticalAlign: 'middle',
  fontSize: 'var(--mantine-font-size-sm)',
} as const;
const DIMMED = { color: 'var(--mantine-color-dimmed)', fontSize: 'var(--mantine-font-size-xs)' } as const;
const ONE_LINE = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', display: 'block' } as const;
const CLAMP = { display: '-webkit-box', WebkitLineClamp: 3, WebkitBoxOrient: 'vertical', overflow: 'hidden' } as const;

export const ChronologyEventRow = memo(function ChronologyEventRow(props: Props) {
  const { row, orgNames, evidence, editingText, actions } = props;
  const e = row.event;
  const details = eventDetails(e, orgNames);
  const movable = row.canMoveUp || row.canMoveDown;
  const label = `${formatEventDate(e.date, e.precision)} ${EVENT_TYPE_LABELS[e.type]}`;
  return (
    <tr
      ref={props.measure}
      data-index={props.index}
      data-testid="event-row"
      data-event-id={e.id}
      data-highlighted={props.highlighted || undefined}
      aria-label={label}
      tabIndex={props.tabStop ? 0 : -1}
      onFocus={(ev) => ev.target === ev.currentTarget && actions.focused(e.id)}
      onKeyDown={(ev) => actions.keyDown(ev, row)}
      onDoubleClick={() => actions.open(e)}
      style={{
        outlineOffset: -2,
        background: props.highlighted ? 'var(--mantine-color-yellow-1)' : undefined,
        boxShadow: props.highlighted ? 'inset 4px 0 0 var(--mantine-color-yellow-6)' : undefined,
      }}
    >
      <td style={{ ...CELL, whiteSpace: 'nowrap' }}>{formatEventDate(e.date, e.precision)}</td>
      <td style={CELL}>
        {EVENT_TYPE_LABELS[e.type]}
        {e.type === 'detention' && (
          <Badge ml={6} size="xs" variant="light" color="grape" tt="none">
            s.{e.section}
          </Badge>
        )}
        {details && <span style={{ ...DIMMED, ...ONE_LINE }}>{details}</span>}
      </td>
      <td style={CELL}>
        <span style={{ ...CLAMP, WebkitLineClamp: 2 }} title={e.org ? orgNames.get(e.org) : undefined}>
          {e.org ? (orgNames.get(e.org) ?? e.org) : '—'}
        </span>
      </td>
      <td style={CELL}>
        {editingText !== null ? (
          <Textarea
            aria-label="Description"
            autoFocus
            autosize
            minRows={1}
            maxRows={6}
            value={editingText}
            readOnly={props.saving}
            onChange={(ev) => actions.editChange(ev.currentTarget.value)}
            onKeyDown={(ev) => {
              if (ev.key === 'Escape') {
                ev.preventDefault();
                ev.stopPropagation();
                actions.editCancel();
              } else if ((ev.key === 'Enter' && !ev.shiftKey) || (ev.key === 's' && (ev.ctrlKey || ev.metaKey))) {
                ev.preventDefault();
                actions.editSave();
              }
            }}
            onBlur={actions.editCancel}
            description="Enter to save, Escape to cancel"
          />
        ) : (
          <span style={CLAMP}>{e.text ?? ''}</span>
        )}
      </td>
      <td style={CELL}>
        {e.citations?.length ? (
          e.citations.map((c, i) => (
            <span key={i} style={ONE_LINE} title={c.quote}>
              {citationLabel(c, evidence)}
            </span>
          ))
        ) : (
          <span style={{ color: 'var(--mantine-color-orange-8)' }}>No citation</span>
        )}
      </td>
      <td style={{ ...CELL, whiteSpace: 'nowrap', textAlign: 'right' }}>
        <ActionIcon
          variant="subtle"
          size="sm"
          aria-label="Move up within the day"
          title="Earlier the same day (Alt+↑)"
          disabled={!row.canMoveUp}
          style={{ visibility: movable ? 'visible' : 'hidden' }}
          onClick={() => actions.move(e, 'up')}
          tabIndex={-1}
        >
          ↑
        </ActionIcon>
        <ActionIcon
          variant="subtle"
          size="sm"
          aria-label="Move down within the day"
          title="Later the same day (Alt+↓)"
          disabled={!row.canMoveDown}
          style={{ visibility: movable ? 'visible' : 'hidden' }}
          onClick={() => actions.move(e, 'down')}
          tabIndex={-1}
        >
          ↓
        </ActionIcon>
        <ActionIcon
          variant="subtle"
          size="sm"
          aria-label="Edit event"
          title="Edit (Shift+Enter)"
          onClick={() => actions.open(e)}
          tabIndex={-1}
        >
          ✎
        </ActionIcon>
        <ActionIcon
          variant="subtle"
          color="red"
          size="sm"
          aria-label="Delete event"
          title="Delete (Delete key)"
          onClick={() => actions.remove(e)}
          tabIndex={-1}
        >
          ✕
        </ActionIcon>
      </td>
    </tr>
  );
});
