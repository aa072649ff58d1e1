// Create or edit a case. What is typed is journalled (Dexie) as it is typed; after a reload or
// crash it comes back with a notice and a way to discard it. Errors show inline, beside the
// field, both from the form's own check and from the main process.
import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Group, Loader, Paper, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useNavigate, useParams } from 'react-router';
import { useCase, useSaveCase } from './queries';
import { draftFromForm, emptyCaseForm, formFromCase, validateCaseForm, type CaseFormValues } from './form-values';
import { PeopleEditor } from './PeopleEditor';
import { OrganisationsEditor } from './OrganisationsEditor';
import { useDraftJournal } from '../../drafts/use-draft-journal';
import { IpcCallError, fieldErrors } from '../../ipc/client';
import { STAGES, STAGE_LABELS } from '../../../shared/domain/vocabulary';
import { todayInLondon } from '../../../shared/dates/calendar-date';
import { RestoredDraftNotice } from './RestoredDraftNotice';
import { UkDateInput } from '../../app/UkDateInput';

export function CaseFormPage() {
  const { caseId } = useParams();
  const existing = useCase(caseId);
  if (caseId && !existing.data)
    return existing.error ? <Alert color="red">{existing.error.message}</Alert> : <Loader />;
  return <CaseForm key={caseId ?? 'new'} caseId={caseId} existing={existing.data} />;
}

function CaseForm({ caseId, existing }: { caseId?: string; existing?: ReturnType<typeof useCase>['data'] }) {
  const navigate = useNavigate();
  const journal = useDraftJournal<CaseFormValues>(caseId ? `case:${caseId}` : 'case:new', existing?.updatedAt ?? null);
  const initial = useMemo(() => (existing ? formFromCase(existing) : emptyCaseForm(todayInLondon())), [existing]);
  const [values, setValues] = useState<CaseFormValues>(initial);
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const save = useSaveCase();

  useEffect(() => {
    if (journal.ready && journal.restored) setValues(journal.restored.value);
  }, [journal.ready, journal.restored]);

  const change = (next: CaseFormValues) => {
    setValues(next);
    setServerErrors({});
    journal.record(next);
  };
  const set = <K extends keyof CaseFormValues>(key: K, value: CaseFormValues[K]) => change({ ...values, [key]: value });

  const errors = submitted ? { ...validateCaseForm(values), ...serverErrors } : serverErrors;

  const submit = () => {
    setSubmitted(true);
    if (Object.keys(validateCaseForm(values)).length > 0) return;
    save.mutate(
      { caseId, draft: draftFromForm(values, existing), expectedUpdatedAt: existing?.updatedAt },
      {
        onSuccess: async (saved) => {
          await journal.clear();
          notifications.show({ message: caseId ? 'Case saved' : 'Case created', color: 'green' });
          navigate(`/cases/${saved.id}`);
        },
        onError: (err) => {
          const byField = fieldErrors(err, 'draft.');
          setServerErrors(
            Object.fromEntries(Object.entries(byField).map(([k, v]) => [k.replace(/\[(\d+)\]/g, '.$1'), v])),
          );
        },
      },
    );
  };

  if (!journal.ready) return <Loader />;
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      onKeyDown={getHotkeyHandler([['mod+S', submit]])}
    >
      <Stack maw={960}>
        <Title order={2}>{caseId ? `Edit case ${existing?.reference ?? ''}` : 'New case'}</Title>
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
        {submitted && Object.keys(errors).length > 0 && (
          <Alert color="red" title="Not saved yet">
            Please correct the {Object.keys(errors).length === 1 ? 'field' : 'fields'} marked below.
          </Alert>
        )}
        <Paper withBorder p="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="Case title"
              required
              value={values.title}
              onChange={(e) => set('title', e.currentTarget.value)}
              error={errors.title}
              data-autofocus
            />
            <TextInput
              label="Reference"
              description="The Ombudsman's style, e.g. 19 016 759 (optional)"
              value={values.reference}
              onChange={(e) => set('reference', e.currentTarget.value)}
              error={errors.reference}
            />
            <UkDateInput
              label="Date received"
              required
              value={values.received}
              onChange={(v) => set('received', v)}
              error={errors.received}
            />
            <Select
              label="Stage"
              data={STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s] }))}
              value={values.stage}
              onChange={(v) => v && set('stage', v as CaseFormValues['stage'])}
              allowDeselect={false}
              error={errors.stage}
            />
            <UkDateInput
              label="Final decision date"
              description="Deadlines for agreed actions count from here"
              value={values.finalDecisionDate}
              onChange={(v) => set('finalDecisionDate', v)}
              error={errors.finalDecisionDate}
            />
            <Select
              label="Nation"
              data={[
                { value: 'england', label: 'England' },
                { value: 'wales', label: 'Wales' },
              ]}
              value={values.nation}
              onChange={(v) => v && set('nation', v as CaseFormValues['nation'])}
              allowDeselect={false}
            />
            <TextInput
              label="First S117 review due within (weeks of discharge)"
              value={values.firstReviewWeeks}
              onChange={(e) => set('firstReviewWeeks', e.currentTarget.value)}
              error={errors['settings.firstReviewWeeks']}
            />
            <TextInput
              label="Reviews at least every (months)"
              value={values.reviewIntervalMonths}
              onChange={(e) => set('reviewIntervalMonths', e.currentTarget.value)}
              error={errors['settings.reviewIntervalMonths']}
            />
          </SimpleGrid>
        </Paper>
        <PeopleEditor rows={values.people} errors={errors} onChange={(people) => set('people', people)} />
        <OrganisationsEditor
          rows={values.organisations}
          errors={errors}
          onChange={(organisations) => set('organisations', organisations)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => navigate(caseId ? `/cases/${caseId}` : '/')}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            {caseId ? 'Save changes' : 'Create case'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
