// A @mantine/form form whose unsaved values are journalled (useDraftJournal): every change of
// value is recorded as it happens (onValuesChange), and when the same form opens again after a
// reload the journalled values are put back with form.setValues, with a notice to keep or
// discard them. setFieldValue always works on the latest values, so no handler can put back
// an older state of the form. Once a save has been tried, the form's own check follows what is
// typed, and the main process's errors (form.setErrors) last until the next change.
import { useEffect, useRef } from 'react';
import { useForm, type FormErrors } from '@mantine/form';
import { useDraftJournal } from './use-draft-journal';

export function useJournalledForm<T extends object>(
  journalKey: string,
  baseVersion: string | null,
  /** Without `validate` the caller checks the values itself and sets any errors. */
  options: { initialValues: T; validate?: (values: T) => FormErrors },
) {
  const { validate } = options;
  const journal = useDraftJournal<T>(journalKey, baseVersion);
  const form = useForm<T>({
    mode: 'controlled',
    initialValues: options.initialValues,
    validate,
    onValuesChange: journal.record,
  });
  const attempted = useRef(false);
  const { setValues, setErrors, values } = form;

  // setValues merges: a draft journalled by an earlier version, lacking later fields, keeps the form's own.
  useEffect(() => {
    if (journal.ready && journal.restored) setValues(journal.restored.value);
  }, [journal.ready, journal.restored, setValues]);

  useEffect(() => {
    if (attempted.current && validate) setErrors(validate(values));
  }, [values, validate, setErrors]);

  return {
    form,
    ready: journal.ready,
    restored: journal.restored,
    dismissNotice: journal.dismissNotice,
    /** form.onSubmit, after which the form's check follows the values. */
    onSubmit: (save: (values: T) => void) => {
      const submit = form.onSubmit(save);
      return (event?: React.FormEvent<HTMLFormElement>) => {
        attempted.current = true;
        submit(event);
      };
    },
    /** After a save or a discard: show `next` and forget the journalled values. */
    discard: async (next: T) => {
      attempted.current = false;
      form.setValues(next);
      form.clearErrors();
      await journal.clear();
    },
  };
}
