// Dismissing a flag asks why: the reason is required and is kept with the flag, shown beside it
// and in the case history. Ctrl/⌘+Enter dismisses; Escape cancels. The form is @mantine/form's,
// checked by the contract's zod schema.
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { getHotkeyHandler } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { fieldErrors } from '../../ipc/client';
import { findingsChannels, type DutyFlag } from '../../../shared/ipc/channels/findings';
import { formatUkDate } from '../../../shared/dates/calendar-date';
import { useDismissFlag } from './queries';
import { zodFieldErrors } from '../../forms/zod-field-errors';

/** The contract's own check of the reason. */
const dismissSchema = findingsChannels['flags.dismiss'].input.pick({ reason: true });
const validateDismiss = (values: { reason: string }) => zodFieldErrors(dismissSchema, values);

export function DismissFlagModal(props: { caseId: string; flag: DutyFlag | null; onClose: () => void }) {
  return (
    <Modal opened={props.flag !== null} onClose={props.onClose} title="Dismiss this flag?" size="lg">
      {props.flag && <DismissForm {...props} flag={props.flag} />}
    </Modal>
  );
}

function DismissForm({ caseId, flag, onClose }: { caseId: string; flag: DutyFlag; onClose: () => void }) {
  const form = useForm({ mode: 'controlled', initialValues: { reason: '' }, validate: validateDismiss });
  const dismiss = useDismissFlag(caseId);
  const submit = form.onSubmit(({ reason }) =>
    dismiss.mutate(
      { rule: flag.rule, date: flag.date, reason },
      {
        onSuccess: () => {
          notifications.show({ message: `Dismissed ${flag.rule} (${formatUkDate(flag.date)})` });
          onClose();
        },
        onError: (err) => form.setFieldError('reason', fieldErrors(err).reason ?? err.message),
      },
    ),
  );
  return (
    <form noValidate onSubmit={submit} onKeyDown={getHotkeyHandler([['mod+Enter', () => submit()]])}>
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
          {...form.getInputProps('reason')}
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
