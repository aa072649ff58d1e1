// The frame of every remedy editor: a modal form that saves on Enter (or Ctrl+S) and closes on
// Escape, with the restored-draft notice and any error that is not about one field.
import type { ReactNode } from 'react';
import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { RestoredDraftNotice } from '../cases/RestoredDraftNotice';

interface Props {
  title: string;
  opened: boolean;
  onClose(): void;
  onCancel(): void;
  onSubmit(): void;
  saving: boolean;
  submitLabel: string;
  restored: { savedAt: number } | null;
  onKeepRestored(): void;
  onDiscardRestored(): void;
  error?: string | null;
  size?: string;
  children: ReactNode;
}

export function FormModal(props: Props) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} size={props.size ?? 'lg'} centered>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          props.onSubmit();
        }}
        onKeyDown={getHotkeyHandler([['mod+S', props.onSubmit]])}
      >
        <Stack>
          {props.restored && (
            <RestoredDraftNotice
              savedAt={props.restored.savedAt}
              onKeep={props.onKeepRestored}
              onDiscard={props.onDiscardRestored}
            />
          )}
          {props.error && (
            <Alert color="red" title="Not saved">
              {props.error}
            </Alert>
          )}
          {props.children}
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onCancel}>
              Cancel
            </Button>
            <Button type="submit" loading={props.saving}>
              {props.submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
