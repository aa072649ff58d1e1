// Asks before an event leaves the chronology, naming it, and says why when it cannot
// (a finding relies on it).
import { Alert, Button, Group, Modal, Text } from '@mantine/core';
import type { CaseFileEvent } from '../../../shared/casefile/schema';
import { EVENT_TYPE_LABELS, formatEventDate } from '../../../shared/chronology/event-labels';

interface Props {
  event: CaseFileEvent;
  pending: boolean;
  error: string | null;
  onCancel: () => void;
  onConfirm: () => void;
}

export function DeleteEventDialog({ event, pending, error, onCancel, onConfirm }: Props) {
  return (
    <Modal opened onClose={onCancel} title="Delete this event?">
      <Text size="sm">
        {formatEventDate(event.date, event.precision)} — {EVENT_TYPE_LABELS[event.type]}
        {event.text ? `: ${event.text}` : ''}
      </Text>
      <Text size="sm" c="dimmed" mt="xs">
        It leaves the chronology, with its citations. The case history keeps a record of it.
      </Text>
      {error && (
        <Alert color="red" mt="sm" title="Not deleted">
          {error}
        </Alert>
      )}
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onCancel} data-autofocus>
          Keep the event
        </Button>
        <Button color="red" onClick={onConfirm} loading={pending}>
          Delete the event
        </Button>
      </Group>
    </Modal>
  );
}
