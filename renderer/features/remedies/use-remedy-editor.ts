// The one way a remedies item (payment, offset, symbolic payment, action) is edited in its modal:
// journalled form values, the form's own check once submitted, the save through a contract
// channel, server errors beside their fields, and the props the FormModal needs.
import { useState } from 'react';
import { notifications } from '@mantine/notifications';
import { IpcCallError, fieldErrors } from '../../ipc/client';
import { useRemedyForm } from './use-remedy-form';
import { useRemedyChange, type CaseChannel } from './queries';
import { serverErrors } from './form-values';
import type { Input, Output } from '../../../shared/ipc/contract';

type Converted<V> = { ok: true; value: V } | { ok: false; errors: Record<string, string> };

export function useRemedyEditor<F extends object, V, C extends CaseChannel>(args: {
  caseId: string;
  /** What is edited, e.g. `payment:m1` or `payment:new` (the journal key). */
  journalKey: string;
  initial: F;
  convert: (values: F) => Converted<V>;
  channel: C;
  toInput: (value: V) => Omit<Input<C>, 'caseId'>;
  /** Server error paths start with this (`payment.`), the form's fields do not. */
  errorPrefix: string;
  savedMessage: (saved: Output<C>) => string;
  onDone: () => void;
}) {
  const { initial, onDone } = args;
  const form = useRemedyForm<F>(`remedy:${args.caseId}:${args.journalKey}`, initial);
  const [submitted, setSubmitted] = useState(false);
  const save = useRemedyChange(args.caseId, args.channel);
  const converted = args.convert(form.values);
  const errors = { ...(submitted && !converted.ok ? converted.errors : {}), ...form.serverErrors };

  const submit = () => {
    setSubmitted(true);
    if (!converted.ok) return;
    save.mutate(args.toInput(converted.value), {
      onSuccess: async (saved) => {
        await form.reset(initial);
        notifications.show({ message: args.savedMessage(saved), color: 'green' });
        onDone();
      },
      onError: (err) => form.setServerErrors(serverErrors(fieldErrors(err), args.errorPrefix)),
    });
  };

  const modalProps = {
    opened: true,
    onClose: onDone,
    onCancel: async () => {
      await form.reset(initial);
      onDone();
    },
    onSubmit: submit,
    saving: save.isPending,
    restored: form.restored,
    onKeepRestored: form.dismissNotice,
    onDiscardRestored: () => form.reset(initial),
    error: save.error instanceof IpcCallError && save.error.issues.length === 0 ? save.error.message : null,
  };
  return { form, values: form.values, errors, modalProps };
}
