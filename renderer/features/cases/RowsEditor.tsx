// A titled list of editable rows (the people in a case, its organisations): each row a labelled
// group with its fields and a remove button, then an add button.
import type { ReactNode } from 'react';
import { ActionIcon, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';

interface Props<R extends { key: string }> {
  title: string;
  /** What one row is called: "Person" gives groups "Person 1", "Person 2"… */
  noun: string;
  emptyText: string;
  addLabel: string;
  rows: R[];
  onAdd(): void;
  onRemove(index: number): void;
  /** The fields of row i. */
  renderFields(row: R, i: number): ReactNode;
}

export function RowsEditor<R extends { key: string }>(props: Props<R>) {
  const { rows, noun } = props;
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h5" mb="sm">
        {props.title}
      </Title>
      <Stack gap="sm">
        {rows.length === 0 && <Text c="dimmed">{props.emptyText}</Text>}
        {rows.map((row, i) => (
          <Group key={row.key} align="flex-start" wrap="nowrap" role="group" aria-label={`${noun} ${i + 1}`}>
            {props.renderFields(row, i)}
            <ActionIcon
              mt={26}
              variant="subtle"
              color="red"
              aria-label={`Remove ${noun.toLowerCase()} ${i + 1}`}
              onClick={() => props.onRemove(i)}
            >
              ✕
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button variant="light" size="xs" onClick={props.onAdd}>
            {props.addLabel}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
