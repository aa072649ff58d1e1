// The controls at the end of a remedies table row: Edit, and Delete (which asks first, naming what
// goes). Anything else the row offers, such as Mark done, is passed as children and comes first.
import type { ReactNode } from 'react';
import { Button, Group } from '@mantine/core';
import { ConfirmDeleteButton } from './ConfirmDeleteButton';

interface Props {
  children?: ReactNode;
  onEdit(): void;
  /** "Delete payment m1": the button's accessible name and the question's title. */
  deleteLabel: string;
  /** "the payment m1 (£1,288.00, 1 April 2019)". */
  deleteWhat: string;
  onDelete(): Promise<unknown>;
}

export function RowActions({ children, onEdit, deleteLabel, deleteWhat, onDelete }: Props) {
  return (
    <Group gap={4} wrap="nowrap" justify="flex-end">
      {children}
      <Button size="compact-xs" variant="subtle" onClick={onEdit}>
        Edit
      </Button>
      <ConfirmDeleteButton label={deleteLabel} what={deleteWhat} onConfirm={onDelete} />
    </Group>
  );
}
