// A form's values with its unsaved text journalled (useDraftJournal): typed values are recorded
// as they change and offered back, with a notice, when the same form opens again after a reload.
import { useEffect, useState } from 'react';
import { useDraftJournal } from '../../drafts/use-draft-journal';

export function useJournalledForm<T>(key: string, baseVersion: string | null, initial: T) {
  const journal = useDraftJournal<T>(key, baseVersion);
  const [values, setValues] = useState<T>(initial);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});

  useEffect(() => {
    if (journal.ready && journal.restored) setValues(journal.restored.value);
  }, [journal.ready, journal.restored]);

  const change = (next: T) => {
    setValues(next);
    setServerErrors({});
    journal.record(next);
  };
  const set = <K extends keyof T>(field: K, value: T[K]) => change({ ...values, [field]: value });

  return {
    values,
    change,
    set,
    ready: journal.ready,
    restored: journal.restored,
    dismissNotice: journal.dismissNotice,
    serverErrors,
    setServerErrors,
    /** After a save or a discard: forget the journalled text and show `next`. */
    reset: async (next: T) => {
      await journal.clear();
      setValues(next);
      setServerErrors({});
    },
  };
}
