// A small "Delete" button that asks first, naming what will go, and shows why if it could not.
import { useState } from 'react';
import { ActionIcon, Alert, Button, Group, Modal, Text, Tooltip } from '@mantine/core';

interface Props {
  /** What is deleted, as a caseworker reads it: "the payment of £1,288.00 on 1 April 2019". */
  what: string;
  label: string;
  onConfirm(): Promise<unknown>;
}

export function ConfirmDeleteButton({ what, label, onConfirm }: Props) {
  const [opened, setOpened] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setOpened(false);
    setError(null);
  };
  return (
    <>
      <Tooltip label={label}>
        <ActionIcon variant="subtle" color="red" aria-label={label} onClick={() => setOpened(true)}>
          ✕
        </ActionIcon>
      </Tooltip>
      <Modal opened={opened} onClose={close} title={`${label}?`} centered>
        <Text size="sm">Delete {what}? The case history keeps a record of it.</Text>
        {error && (
          <Alert color="red" mt="sm">
            {error}
          </Alert>
        )}
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={close} data-autofocus>
            Keep it
          </Button>
          <Button
            color="red"
            loading={busy}
            onClick={async () => {
              setBusy(true);
              try {
                await onConfirm();
                close();
              } catch (err) {
                setError((err as Error).message);
              } finally {
                setBusy(false);
              }
            }}
          >
            Delete
          </Button>
        </Group>
      </Modal>
    </>
  );
}
