// A form's unsaved text, journalled to IndexedDB as it is typed and offered back after a reload
// or crash. The form shows a "restored unsaved changes" notice with a way to discard them.
import { useCallback, useEffect, useRef, useState } from 'react';
import { localDb, type DraftEntry } from './db';

const SAVE_DELAY_MS = 250;

export interface DraftJournal<T> {
  /** The journalled draft found when the form opened, until accepted or discarded. */
  restored: { value: T; savedAt: number } | null;
  /** True once the journal has been read (forms wait for it before showing values). */
  ready: boolean;
  record(value: T): void;
  /** Forget the journalled draft (after a save, or when the user discards it). */
  clear(): Promise<void>;
  dismissNotice(): void;
}

export function useDraftJournal<T>(key: string, baseVersion: string | null): DraftJournal<T> {
  const [restored, setRestored] = useState<{ value: T; savedAt: number } | null>(null);
  const [ready, setReady] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<DraftEntry | null>(null);

  useEffect(() => {
    let live = true;
    setReady(false);
    setRestored(null);
    void localDb.drafts.get(key).then((entry) => {
      if (!live) return;
      if (entry) setRestored({ value: entry.value as T, savedAt: entry.savedAt });
      setReady(true);
    });
    return () => {
      live = false;
    };
  }, [key]);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const entry = pending.current;
    pending.current = null;
    if (entry) void localDb.drafts.put(entry);
  }, []);

  useEffect(() => {
    window.addEventListener('beforeunload', flush);
    return () => {
      window.removeEventListener('beforeunload', flush);
      flush();
    };
  }, [flush]);

  const record = useCallback(
    (value: T) => {
      pending.current = { key, value, baseVersion, savedAt: Date.now() };
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, SAVE_DELAY_MS);
    },
    [key, baseVersion, flush],
  );

  const clear = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    pending.current = null;
    setRestored(null);
    await localDb.drafts.delete(key);
  }, [key]);

  return { restored, ready, record, clear, dismissNotice: () => setRestored(null) };
}
