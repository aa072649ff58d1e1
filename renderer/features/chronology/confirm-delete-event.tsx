// Asks before an event leaves the chronology, naming it, and says why when it cannot (a finding
// relies on it).
import { Text } from '@mantine/core';
import type { CaseFileEvent } from '../../../shared/casefile/schema';
import { EVENT_TYPE_LABELS, formatEventDate } from '../../../shared/chronology/event-labels';
import { confirmDelete } from '../../app/confirm';

export function confirmDeleteEvent(event: CaseFileEvent, onDelete: () => Promise<unknown>): void {
  confirmDelete({
    title: 'Delete this event?',
    body: (
      <>
        <Text size="sm">
          {formatEventDate(event.date, event.precision)} — {EVENT_TYPE_LABELS[event.type]}
          {event.text ? `: ${event.text}` : ''}
        </Text>
        <Text size="sm" c="dimmed">
          It leaves the chronology, with its citations. The case history keeps a record of it.
        </Text>
      </>
    ),
    onConfirm: onDelete,
  });
}
