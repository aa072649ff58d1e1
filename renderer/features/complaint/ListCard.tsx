// A titled card holding a list the investigator adds to and removes from (complaint heads,
// outcomes wanted, bodies scoped out), with its "Add…" button and each row's remove button.
import type { ReactNode } from 'react';
import { ActionIcon, Button, Card, Group, Stack, Title } from '@mantine/core';

export function ListCard(props: { title: string; addLabel: string; onAdd(): void; children: ReactNode }) {
  return (
    <Card withBorder>
      <Title order={3} size="h5" mb="xs">
        {props.title}
      </Title>
      <Stack gap="sm">
        {props.children}
        <Group>
          <Button variant="light" onClick={props.onAdd}>
            {props.addLabel}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** The × at the end of a row; `offset` lines it up with fields that have a label above. */
export function RemoveButton(props: { label: string; onClick(): void; offset?: boolean }) {
  return (
    <ActionIcon
      mt={props.offset ? 26 : undefined}
      variant="subtle"
      color="red"
      aria-label={props.label}
      onClick={props.onClick}
    >
      ×
    </ActionIcon>
  );
}
