// The notice shown when a form comes back with text that was typed but never saved.
import { Alert, Button, Group, Text } from '@mantine/core';
import { formatDateTime } from '../../../shared/dates/date-time';

export function RestoredDraftNotice(props: { savedAt: number; onKeep: () => void; onDiscard: () => void }) {
  const when = formatDateTime(props.savedAt);
  return (
    <Alert color="yellow" title="Restored unsaved changes" role="status">
      <Text size="sm">
        This form has changes you typed on {when} that were not saved. They are shown below; save to keep them.
      </Text>
      <Group mt="xs" gap="xs">
        <Button size="xs" variant="default" onClick={props.onKeep}>
          Keep them
        </Button>
        <Button size="xs" color="red" variant="light" onClick={props.onDiscard}>
          Discard unsaved changes
        </Button>
      </Group>
    </Alert>
  );
}
