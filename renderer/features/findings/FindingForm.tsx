// The finding form: the organisation at fault, the fault, the injustice it caused ("none" is
// an empty list), the causation and the events that support it. What is typed is journalled
// and offered back after a reload; errors show beside their fields, from the form's own check
// and from the main process. Ctrl/⌘+Enter saves; Escape (the modal) cancels.
import { useEffect, useState } from 'react';
import { Alert, Button, Group, List, MultiSelect, Select, Stack, Text, Textarea } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { useDraftJournal } from '../../drafts/use-draft-journal';
import { focusFirstField } from '../../app/focus-first-field';
import { fieldErrors } from '../../ipc/client';
import { RestoredDraftNotice } from '../cases/RestoredDraftNotice';
import { INJUSTICE_KINDS, type InjusticeKind } from '../../../shared/domain/vocabulary';
import { INJUSTICE_LABELS } from './labels';
import { validateFindingForm, type FindingFormValues } from './finding-form-values';

interface Option {
  value: string;
  label: string;
}

export interface FindingFormProps {
  journalKey: string;
  initial: FindingFormValues;
  orgOptions: Option[];
  /** Event choices; null when the events are fixed (a finding accepted from a flag). */
  eventOptions: Option[] | null;
  /** The fixed events, in words, when eventOptions is null. */
  fixedEvents?: string[];
  /** The case's people, for who suffered the injustice. */
  personOptions: Option[];
  /** The complaint heads the finding may answer. */
  headOptions: Option[];
  submitLabel: string;
  /** Ask for the injustice rather than assume "None" (a finding accepted from a flag). */
  askInjustice?: boolean;
  onSave: (values: FindingFormValues) => Promise<unknown>;
  /** After a save or a cancel. */
  onDone: () => void;
}

const NONE = 'none';
const injusticeOptions = [
  { value: NONE, label: 'None' },
  ...INJUSTICE_KINDS.map((k) => ({ value: k, label: INJUSTICE_LABELS[k] })),
];

/** "None" stands for the empty list; picking it clears the others, picking another clears it. */
function injusticeFromPicks(previous: InjusticeKind[], picks: string[]): InjusticeKind[] {
  if (picks.includes(NONE) && previous.length > 0) return [];
  return picks.filter((p): p is InjusticeKind => p !== NONE);
}

/** Server issue paths (`finding.events[1]`, `org`) as form fields. */
function serverFieldErrors(err: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldErrors(err, 'finding.')))
    out[path.replace(/\[\d+\]$/, '')] ??= message;
  return out;
}

export function FindingForm(props: FindingFormProps) {
  const journal = useDraftJournal<FindingFormValues>(props.journalKey, null);
  const [values, setValues] = useState(props.initial);
  // Until the investigator picks, a flag's finding has no injustice recorded either way.
  const [injusticeChosen, setInjusticeChosen] = useState(!props.askInjustice);
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (journal.ready && journal.restored) setValues(journal.restored.value);
  }, [journal.ready, journal.restored]);

  const set = <K extends keyof FindingFormValues>(key: K, value: FindingFormValues[K]) => {
    const next = { ...values, [key]: value };
    setValues(next);
    setServerErrors((e) => Object.fromEntries(Object.entries(e).filter(([field]) => field !== key)));
    journal.record(next);
  };

  const formErrors = () => ({
    ...validateFindingForm(values),
    ...(injusticeChosen ? {} : { injustice: 'Choose the injustice this caused, or “None” if it caused none' }),
  });
  const visibleErrors: Record<string, string> = { ...(submitted ? formErrors() : {}), ...serverErrors };

  const submit = async () => {
    setSubmitted(true);
    setFailure(null);
    if (Object.keys(formErrors()).length > 0) return;
    setSaving(true);
    try {
      await props.onSave(values);
      await journal.clear();
      props.onDone();
    } catch (err) {
      const byField = serverFieldErrors(err);
      setServerErrors(byField);
      if (Object.keys(byField).length === 0) setFailure(err instanceof Error ? err.message : String(err));
    } finally {
      setSaving(false);
    }
  };

  const cancel = async () => {
    await journal.clear();
    props.onDone();
  };

  if (!journal.ready) return null;
  return (
    <form
      ref={focusFirstField}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={getHotkeyHandler([
        ['mod+Enter', () => void submit()],
        ['mod+S', () => void submit()],
      ])}
    >
      <Stack>
        {journal.restored && (
          <RestoredDraftNotice
            savedAt={journal.restored.savedAt}
            onKeep={journal.dismissNotice}
            onDiscard={async () => {
              await journal.clear();
              setValues(props.initial);
            }}
          />
        )}
        {failure && (
          <Alert color="red" title="Not saved">
            {failure}
          </Alert>
        )}
        <Select
          label="Organisation at fault"
          required
          data={props.orgOptions}
          value={values.org || null}
          onChange={(v) => set('org', v ?? '')}
          allowDeselect={false}
          error={visibleErrors.org}
          data-autofocus
        />
        <Textarea
          label="Fault"
          description="What went wrong, in the words of the decision"
          required
          autosize
          minRows={3}
          maxRows={10}
          value={values.fault}
          onChange={(e) => set('fault', e.currentTarget.value)}
          error={visibleErrors.fault}
        />
        <MultiSelect
          label="Injustice"
          description="Choose “None” if the fault caused no injustice"
          data={injusticeOptions}
          value={values.injustice.length > 0 ? values.injustice : injusticeChosen ? [NONE] : []}
          placeholder={injusticeChosen ? undefined : 'Choose the injustice, or None'}
          onChange={(picks) => {
            setInjusticeChosen(picks.length > 0);
            set('injustice', injusticeFromPicks(values.injustice, picks));
          }}
          searchable
          error={visibleErrors.injustice}
        />
        {values.injustice.length > 0 && (
          <MultiSelect
            label="Injustice to"
            description="Who suffered it; left empty, the person the aftercare was for (and the complainant for time and trouble)"
            data={props.personOptions}
            value={values.injusticeTo}
            onChange={(v) => set('injusticeTo', v)}
            clearable
            error={visibleErrors.injusticeTo}
          />
        )}
        <MultiSelect
          label="Answers complaint heads"
          description={
            props.headOptions.length > 0
              ? 'The parts of the complaint this finding answers'
              : 'No complaint heads yet: record them on the Complaint tab'
          }
          data={props.headOptions}
          value={values.heads}
          onChange={(v) => set('heads', v)}
          disabled={props.headOptions.length === 0}
          clearable
          error={visibleErrors.heads}
        />
        <Textarea
          label="Causation"
          description="How the fault caused the injustice (optional)"
          autosize
          minRows={2}
          maxRows={8}
          value={values.causation}
          onChange={(e) => set('causation', e.currentTarget.value)}
          error={visibleErrors.causation}
        />
        {props.eventOptions ? (
          <MultiSelect
            label="Supporting events"
            data={props.eventOptions}
            value={values.events}
            onChange={(v) => set('events', v)}
            searchable
            nothingFoundMessage="No such event"
            error={visibleErrors.events}
          />
        ) : (
          <div>
            <Text size="sm" fw={500}>
              Supporting events (from the flag)
            </Text>
            {props.fixedEvents && props.fixedEvents.length > 0 ? (
              <List size="sm">
                {props.fixedEvents.map((e) => (
                  <List.Item key={e}>{e}</List.Item>
                ))}
              </List>
            ) : (
              <Text size="sm" c="dimmed">
                None
              </Text>
            )}
          </div>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => void cancel()}>
            Cancel
          </Button>
          <Button type="submit" loading={saving}>
            {props.submitLabel}
          </Button>
        </Group>
        {failure === null && saving === false && submitted && Object.keys(visibleErrors).length > 0 && (
          <Text size="sm" c="red" role="alert">
            Not saved yet: please correct the fields marked above.
          </Text>
        )}
      </Stack>
    </form>
  );
}
