// Dismissing a flag asks why: the reason is required and is kept with the flag, shown beside it
// and in the case history. Ctrl/⌘+Enter dismisses; Escape cancels.
import { useState } from 'react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { fieldErrors } from '../../ipc/client';
import type { DutyFlag } from '../../../shared/ipc/channels/findings';
import { formatUkDate } from '../../../shared/dates/calendar-date';
import { useDismissFlag } from './queries';

export function DismissFlagModal(props: { caseId: string; flag: DutyFlag | null; onClose: () => void }) {
  return (
    <Modal opened={props.flag !== null} onClose={props.onClose} title="Dismiss this flag?" size="lg">
      {props.flag && <DismissForm {...props} flag={props.flag} />}
    </Modal>
  );
}

function DismissForm({ caseId, flag, onClose }: { caseId: string; flag: DutyFlag; onClose: () => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const dismiss = useDismissFlag(caseId);
  const submit = () => {
    if (!reason.trim()) {
      setError('Give a reason for dismissing the flag');
      return;
    }
    dismiss.mutate(
      { rule: flag.rule, date: flag.date, reason },
      {
        onSuccess: () => {
          notifications.show({ message: `Dismissed ${flag.rule} (${formatUkDate(flag.date)})` });
          onClose();
        },
        onError: (err) => setError(fieldErrors(err).reason ?? err.message),
      },
    );
  };
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      onKeyDown={getHotkeyHandler([['mod+Enter', submit]])}
    >
      <Stack>
        <Text size="sm">
          <Text span fw={600}>
            {flag.rule} ({formatUkDate(flag.date)}):
          </Text>{' '}
          {flag.message}
        </Text>
        <Textarea
          label="Reason for dismissing"
          description="Kept with the flag and in the case history"
          required
          autosize
          minRows={3}
          value={reason}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            setError(null);
          }}
          error={error}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" color="orange" loading={dismiss.isPending}>
            Dismiss flag
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
