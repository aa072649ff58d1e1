// Add or edit one chronology event, in a modal over the chronology. What is typed is journalled
// and offered back after a reload; the form's own checks and the main process's (a page past
// the end of a document, an unknown organisation) show beside the field they concern.
import { useMemo } from 'react';
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
import { useJournalledForm } from '../../drafts/use-journalled-form';
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
  return (
    <Modal
      opened
      onClose={() => onClose()}
      title={event ? 'Edit event' : 'Add event'}
      size="xl"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <EventForm caseDetail={caseDetail} event={event} prefill={prefill} onClose={onClose} />
    </Modal>
  );
}

/** The form's own check: eventFromForm's messages, keyed as the server's are. */
const validateEventForm = (values: EventFormValues) => {
  const checked = eventFromForm(values);
  return checked.ok ? {} : checked.errors;
};

function EventForm({ caseDetail, event, prefill, onClose }: Props) {
  const initial = useMemo(() => (event ? formFromEvent(event) : (prefill ?? emptyEventForm())), [event, prefill]);
  const { form, ready, restored, dismissNotice, onSubmit, discard } = useJournalledForm<EventFormValues>(
    `event:${caseDetail.id}:${event?.id ?? 'new'}`,
    event ? JSON.stringify(event) : null,
    { initialValues: initial, validate: validateEventForm },
  );
  const save = useSaveEvent(caseDetail.id);
  const evidence = useEvidenceOptions(caseDetail.id);
  const organisations = caseDetail.organisations.map((o) => ({ value: o.id, label: o.name }));
  const { values } = form;
  const errors = form.errors as Record<string, string>;
  const set = form.setFieldValue;
  const otherErrors = Object.entries(errors).filter(([path]) => !FIELD_PATHS.test(path));

  const submit = onSubmit((submitted) => {
    const checked = eventFromForm(submitted);
    if (!checked.ok) return;
    save.mutate(
      { eventId: event?.id, event: checked.event },
      {
        onSuccess: async (saved) => {
          await discard(submitted);
          notifications.show({ message: event ? 'Event saved' : 'Event added to the chronology', color: 'green' });
          onClose(saved);
        },
        onError: (err) => form.setErrors(fieldErrors(err, 'event.')),
      },
    );
  });

  if (!ready) return <Loader />;
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
      onSubmit={submit}
      onKeyDown={getHotkeyHandler([['mod+S', () => submit()]])}
    >
      <Stack>
        {restored && (
          <RestoredDraftNotice savedAt={restored.savedAt} onKeep={dismissNotice} onDiscard={() => discard(initial)} />
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
                form.setValues((current) => ({
                  precision,
                  date: switchPrecision({ ...values, ...current }, precision),
                }));
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
          onChange={(update) => set('citations', update)}
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
