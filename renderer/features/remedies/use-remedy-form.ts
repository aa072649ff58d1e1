// A remedies form's values on @mantine/form, journalled (useJournalledForm): `set` and `change`
// work on the latest values, so a late callback cannot put back older ones. The sections check
// their values themselves; the main process's errors are the form's errors until the next change.
import { useJournalledForm } from '../../drafts/use-journalled-form';

export function useRemedyForm<T extends object>(key: string, initial: T) {
  const { form, ready, restored, dismissNotice, discard } = useJournalledForm<T>(key, null, { initialValues: initial });
  return {
    values: form.values,
    /** One field: a value, or an updater of the field as it is. */
    set: form.setFieldValue,
    /** Several fields at once, over the latest values. */
    change: (patch: Partial<T>) => form.setValues(patch),
    ready,
    restored,
    dismissNotice,
    serverErrors: form.errors as Record<string, string>,
    setServerErrors: form.setErrors,
    /** After a save or a discard: show `next` and forget the journalled values. */
    reset: discard,
  };
}
