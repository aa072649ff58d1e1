// Add or edit one chronology event, in a modal over the chronology. What is typed is journalled
// and offered back after a reload; the form's own checks and the main process's (a page past
// the end of a document, an unknown organisation) show beside the field they concern.
import { useMemo, useState } from 'react';
import {
  Alert,
  Button,
  Group,
  Loader,
  Modal,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { CaseDetail } from '../../../shared/domain/case';
import type { CaseFileEvent } from '../../../shared/casefile/schema';
import type { DatePrecision, EventType } from '../../../shared/domain/vocabulary';
import { formatEventDate } from '../../../shared/chronology/event-labels';
import { formatUkDate } from '../../../shared/dates/calendar-date';
import { useDraftJournal } from '../../drafts/use-draft-journal';
import { focusFirstField } from '../../app/focus-first-field';
import { IpcCallError, fieldErrors } from '../../ipc/client';
import { RestoredDraftNotice } from '../cases/RestoredDraftNotice';
import {
  emptyEventForm,
  eventFromForm,
  formFromEvent,
  storedDate,
  switchPrecision,
  type EventFormValues,
  type ResidenceKey,
} from './event-form-values';
import { EVENT_TYPE_OPTIONS } from './event-options';
import { RESIDENCE_LABELS, TypeFields } from './TypeFields';
import { CitationsEditor } from './CitationsEditor';
import { useEvidenceOptions, useSaveEvent } from './queries';

const PRECISIONS: Array<{ value: DatePrecision; label: string }> = [
  { value: 'day', label: 'Day' },
  { value: 'month', label: 'Month' },
  { value: 'year', label: 'Year' },
  { value: 'approximate', label: 'About' },
];

/** Paths the form shows beside a field; any other message goes in the alert at the top. */
const FIELD_PATHS =
  /^(date|precision|type|org|text|section|residence\.|service|accommodation|meetsMentalHealthNeed|amount|preferredByPerson|decidedBy|reasons|explainsFunding|orgs|to$|citations\[\d+\]\.(evidence|page|pageEnd|quote)$)/;

interface Props {
  caseDetail: CaseDetail;
  /** The event being edited, or undefined for a new one. */
  event?: CaseFileEvent;
  /** A new event's starting values (from the address). */
  prefill?: EventFormValues;
  onClose: (saved?: CaseFileEvent) => void;
}

/** What a field is called on the form ("Commissioner for ordinary residence"), never its path. */
function fieldName(path: string): string {
  const [head, key] = path.split('.');
  if (head === 'residence' && key && key in RESIDENCE_LABELS) return RESIDENCE_LABELS[key as ResidenceKey];
  const words = (path.split('.').pop() ?? path).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function EventFormModal({ caseDetail, event, prefill, onClose }: Props) {
  const journal = useDraftJournal<EventFormValues>(
    `event:${caseDetail.id}:${event?.id ?? 'new'}`,
    event ? JSON.stringify(event) : null,
  );
  return (
    <Modal
      opened
      onClose={() => onClose()}
      title={event ? 'Edit event' : 'Add event'}
      size="xl"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {journal.ready ? (
        <EventForm caseDetail={caseDetail} event={event} prefill={prefill} onClose={onClose} journal={journal} />
      ) : (
        <Loader />
      )}
    </Modal>
  );
}

function EventForm({
  caseDetail,
  event,
  prefill,
  onClose,
  journal,
}: Props & { journal: ReturnType<typeof useDraftJournal<EventFormValues>> }) {
  const initial = useMemo(() => (event ? formFromEvent(event) : (prefill ?? emptyEventForm())), [event, prefill]);
  // A draft journalled by an earlier version may lack later fields: fill them from an empty form.
  const [values, setValues] = useState<EventFormValues>(() =>
    journal.restored ? { ...emptyEventForm(), ...journal.restored.value } : initial,
  );
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const save = useSaveEvent(caseDetail.id);
  const evidence = useEvidenceOptions(caseDetail.id);
  const organisations = caseDetail.organisations.map((o) => ({ value: o.id, label: o.name }));

  const change = (next: EventFormValues) => {
    setValues(next);
    setServerErrors({});
    journal.record(next);
  };
  const set = <K extends keyof EventFormValues>(key: K, value: EventFormValues[K]) =>
    change({ ...values, [key]: value });

  const checked = eventFromForm(values);
  const errors = { ...(submitted && !checked.ok ? checked.errors : {}), ...serverErrors };
  const otherErrors = Object.entries(errors).filter(([path]) => !FIELD_PATHS.test(path));

  const submit = () => {
    setSubmitted(true);
    if (!checked.ok) return;
    save.mutate(
      { eventId: event?.id, event: checked.event },
      {
        onSuccess: async (saved) => {
          await journal.clear();
          notifications.show({ message: event ? 'Event saved' : 'Event added to the chronology', color: 'green' });
          onClose(saved);
        },
        onError: (err) => setServerErrors(fieldErrors(err, 'event.')),
      },
    );
  };

  const shownDate = storedDate(values);
  const dateInput =
    values.precision === 'day' ? (
      <TextInput
        label="Date"
        required
        placeholder="DD/MM/YYYY"
        value={values.date}
        onChange={(e) => set('date', e.currentTarget.value)}
        onBlur={() => shownDate && formatUkDate(shownDate) !== values.date && set('date', formatUkDate(shownDate))}
        error={errors.date}
        description={shownDate ? `Shown as ${formatEventDate(shownDate, 'day')}` : 'e.g. 12/03/2019 or 12 March 2019'}
        data-autofocus
      />
    ) : values.precision === 'month' ? (
      <TextInput
        label="Date"
        type="month"
        required
        value={values.date}
        onChange={(e) => set('date', e.currentTarget.value)}
        error={errors.date}
        description={shownDate ? `Shown as ${formatEventDate(shownDate, 'month')}` : 'Month and year'}
        data-autofocus
      />
    ) : (
      <TextInput
        label="Date"
        required
        inputMode="numeric"
        placeholder="2019"
        value={values.date}
        onChange={(e) => set('date', e.currentTarget.value)}
        error={errors.date}
        description={shownDate ? `Shown as ${formatEventDate(shownDate, values.precision)}` : 'The year'}
        data-autofocus
      />
    );

  return (
    <form
      ref={focusFirstField}
      noValidate
      aria-label={event ? 'Edit event' : 'Add event'}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      onKeyDown={getHotkeyHandler([['mod+S', submit]])}
    >
      <Stack>
        {journal.restored && (
          <RestoredDraftNotice
            savedAt={journal.restored.savedAt}
            onKeep={journal.dismissNotice}
            onDiscard={async () => {
              await journal.clear();
              setValues(initial);
            }}
          />
        )}
        {save.error instanceof IpcCallError && save.error.issues.length === 0 && (
          <Alert color="red" title="Not saved">
            {save.error.message}
          </Alert>
        )}
        {otherErrors.length > 0 && (
          <Alert color="red" title="Not saved">
            {otherErrors.map(([path, message]) => (
              <div key={path}>
                {fieldName(path)}: {message}
              </div>
            ))}
          </Alert>
        )}
        <SimpleGrid cols={2}>
          <Stack gap={4}>
            {dateInput}
            <SegmentedControl
              aria-label="How precisely the date is known"
              size="xs"
              data={PRECISIONS}
              value={values.precision}
              onChange={(v) => {
                const precision = v as DatePrecision;
                change({ ...values, precision, date: switchPrecision(values, precision) });
              }}
            />
          </Stack>
          <Stack gap="sm">
            <Select
              label="Type"
              required
              searchable
              data={EVENT_TYPE_OPTIONS}
              value={values.type}
              onChange={(v) => set('type', v as EventType | null)}
              error={errors.type}
              maxDropdownHeight={320}
            />
            <Select
              label="Organisation"
              clearable
              searchable
              data={organisations}
              value={values.org}
              onChange={(v) => set('org', v)}
              error={errors.org}
            />
          </Stack>
        </SimpleGrid>
        <Textarea
          label="Description"
          autosize
          minRows={2}
          maxRows={8}
          value={values.text}
          onChange={(e) => set('text', e.currentTarget.value)}
          error={errors.text}
        />
        <TypeFields values={values} errors={errors} organisations={organisations} set={set} />
        <CitationsEditor
          rows={values.citations}
          evidence={evidence.data ?? []}
          errors={errors}
          onChange={(rows) => set('citations', rows)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onClose()}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            {event ? 'Save event' : 'Add to chronology'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
