// The finding form: the organisation at fault, the fault, the injustice it caused ("none" is
// an empty list), the causation and the events that support it. What is typed is journalled
// and offered back after a reload; errors show beside their fields, from the form's own check
// and from the main process. Ctrl/⌘+Enter saves; Escape (the modal) cancels.
import { useCallback, useState } from 'react';
import { Alert, Button, Group, List, MultiSelect, Select, Stack, Text, Textarea } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { useJournalledForm } from '../../drafts/use-journalled-form';
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
  // Until the investigator picks, a flag's finding has no injustice recorded either way.
  const [injusticeChosen, setInjusticeChosen] = useState(!props.askInjustice);
  const validate = useCallback(
    (values: FindingFormValues) => ({
      ...validateFindingForm(values),
      ...(injusticeChosen ? {} : { injustice: 'Choose the injustice this caused, or “None” if it caused none' }),
    }),
    [injusticeChosen],
  );
  const { form, ready, restored, dismissNotice, onSubmit, discard } = useJournalledForm<FindingFormValues>(
    props.journalKey,
    null,
    { initialValues: props.initial, validate },
  );
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { values } = form;
  const errors = form.errors as Record<string, string>;

  const submit = onSubmit((submitted) => {
    setFailure(null);
    setSaving(true);
    props
      .onSave(submitted)
      .then(async () => {
        await discard(submitted);
        props.onDone();
      })
      .catch((err: unknown) => {
        const byField = serverFieldErrors(err);
        form.setErrors(byField);
        if (Object.keys(byField).length === 0) setFailure(err instanceof Error ? err.message : String(err));
      })
      .finally(() => setSaving(false));
  });

  const cancel = async () => {
    await discard(props.initial);
    props.onDone();
  };

  if (!ready) return null;
  return (
    <form
      ref={focusFirstField}
      noValidate
      onSubmit={submit}
      onKeyDown={getHotkeyHandler([
        ['mod+Enter', () => submit()],
        ['mod+S', () => submit()],
      ])}
    >
      <Stack>
        {restored && (
          <RestoredDraftNotice
            savedAt={restored.savedAt}
            onKeep={dismissNotice}
            onDiscard={() => discard(props.initial)}
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
          onChange={(v) => form.setFieldValue('org', v ?? '')}
          allowDeselect={false}
          error={errors.org}
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
          onChange={(e) => form.setFieldValue('fault', e.currentTarget.value)}
          error={errors.fault}
        />
        <MultiSelect
          label="Injustice"
          description="Choose “None” if the fault caused no injustice"
          data={injusticeOptions}
          value={values.injustice.length > 0 ? values.injustice : injusticeChosen ? [NONE] : []}
          placeholder={injusticeChosen ? undefined : 'Choose the injustice, or None'}
          onChange={(picks) => {
            setInjusticeChosen(picks.length > 0);
            form.setFieldValue('injustice', (previous) => injusticeFromPicks(previous, picks));
          }}
          searchable
          error={errors.injustice}
        />
        {values.injustice.length > 0 && (
          <MultiSelect
            label="Injustice to"
            description="Who suffered it; left empty, the person the aftercare was for (and the complainant for time and trouble)"
            data={props.personOptions}
            value={values.injusticeTo}
            onChange={(v) => form.setFieldValue('injusticeTo', v)}
            clearable
            error={errors.injusticeTo}
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
          onChange={(v) => form.setFieldValue('heads', v)}
          disabled={props.headOptions.length === 0}
          clearable
          error={errors.heads}
        />
        <Textarea
          label="Causation"
          description="How the fault caused the injustice (optional)"
          autosize
          minRows={2}
          maxRows={8}
          value={values.causation}
          onChange={(e) => form.setFieldValue('causation', e.currentTarget.value)}
          error={errors.causation}
        />
        {props.eventOptions ? (
          <MultiSelect
            label="Supporting events"
            data={props.eventOptions}
            value={values.events}
            onChange={(v) => form.setFieldValue('events', v)}
            searchable
            nothingFoundMessage="No such event"
            error={errors.events}
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
        {failure === null && !saving && Object.keys(errors).length > 0 && (
          <Text size="sm" c="red" role="alert">
            Not saved yet: please correct the fields marked above.
          </Text>
        )}
      </Stack>
    </form>
  );
}
