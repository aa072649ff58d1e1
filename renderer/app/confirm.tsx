// Asking before an action that cannot be taken back, through @mantine/modals: a titled question
// (the dialog's accessible name), a body naming what will be lost or frozen, "Cancel" focused
// first, and the action's own button (red "Delete" for deletions). The dialog stays open while
// the action runs, its button showing it is busy, and says why if it could not be done.
import type { ReactNode } from 'react';
import { Alert, Stack } from '@mantine/core';
import { modals } from '@mantine/modals';

interface Confirmation {
  /** The question, e.g. "Delete this case?". */
  title: string;
  /** What will be lost (or frozen): shown above the buttons. */
  body: ReactNode;
  confirmLabel: string;
  color: string;
  /** The alert's title when the action fails, e.g. "Not deleted". */
  failureTitle: string;
  /** The action; the dialog closes when it resolves and shows the error when it rejects. */
  onConfirm(): Promise<unknown>;
}

export function confirmAction({ title, body, confirmLabel, color, failureTitle, onConfirm }: Confirmation): void {
  const content = (error?: string) => (
    <Stack gap="sm">
      {body}
      {error && (
        <Alert color="red" title={failureTitle}>
          {error}
        </Alert>
      )}
    </Stack>
  );
  const run = async () => {
    modals.updateModal({ modalId, confirmProps: { color, loading: true } });
    try {
      await onConfirm();
      modals.close(modalId);
    } catch (err) {
      modals.updateModal({ modalId, children: content((err as Error).message), confirmProps: { color } });
    }
  };
  const modalId = modals.openConfirmModal({
    title,
    centered: true,
    children: content(),
    labels: { confirm: confirmLabel, cancel: 'Cancel' },
    cancelProps: { 'data-autofocus': true },
    confirmProps: { color },
    closeOnConfirm: false,
    onConfirm: () => void run(),
  });
}

/** A deletion: red "Delete" and "Cancel"; a failure is titled "Not deleted". */
export function confirmDelete(props: Pick<Confirmation, 'title' | 'body' | 'onConfirm'>): void {
  confirmAction({ ...props, confirmLabel: 'Delete', color: 'red', failureTitle: 'Not deleted' });
}
