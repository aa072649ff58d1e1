// A @mantine/form form whose unsaved values are journalled (useDraftJournal): every change of
// value is recorded as it happens (onValuesChange), and when the same form opens again after a
// reload the journalled values are put back with form.setValues, with a notice to keep or
// discard them. setFieldValue always works on the latest values, so no handler can put back
// an older state of the form.
import { useEffect } from 'react';
import { useForm, type FormErrors } from '@mantine/form';
import { useDraftJournal } from './use-draft-journal';

export function useJournalledForm<T extends object>(
  journalKey: string,
  baseVersion: string | null,
  options: { initialValues: T; validate?: (values: T) => FormErrors },
) {
  const journal = useDraftJournal<T>(journalKey, baseVersion);
  const form = useForm<T>({
    mode: 'controlled',
    initialValues: options.initialValues,
    validate: options.validate,
    onValuesChange: journal.record,
  });
  const { setValues } = form;

  useEffect(() => {
    if (journal.ready && journal.restored) setValues(journal.restored.value);
  }, [journal.ready, journal.restored, setValues]);

  return {
    form,
    ready: journal.ready,
    restored: journal.restored,
    dismissNotice: journal.dismissNotice,
    /** After a save or a discard: show `next` and forget the journalled values. */
    discard: async (next: T) => {
      form.setValues(next);
      form.clearErrors();
      await journal.clear();
    },
  };
}
