// A small "Delete" button that asks first (confirmDelete), naming what will go, and shows why if
// it could not.
import { ActionIcon, Text, Tooltip } from '@mantine/core';
import { confirmDelete } from '../../app/confirm';

interface Props {
  /** What is deleted, as a caseworker reads it: "the payment of £1,288.00 on 1 April 2019". */
  what: string;
  label: string;
  onConfirm(): Promise<unknown>;
}

export function ConfirmDeleteButton({ what, label, onConfirm }: Props) {
  const ask = () =>
    confirmDelete({
      title: `${label}?`,
      body: <Text size="sm">Delete {what}? The case history keeps a record of it.</Text>,
      onConfirm,
    });
  return (
    <Tooltip label={label}>
      <ActionIcon variant="subtle" color="red" aria-label={label} onClick={ask}>
        ✕
      </ActionIcon>
    </Tooltip>
  );
}
