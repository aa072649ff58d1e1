// Create or edit a case. What is typed is journalled (Dexie) as it is typed; after a reload or
// crash it comes back with a notice and a way to discard it. Errors show inline, beside the
// field, both from the form's own check (the contract's zod schema) and from the main process.
// Values live in @mantine/form, whose setFieldValue always updates the latest values.
import { useMemo } from 'react';
import { Alert, Button, Group, Loader, Paper, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useNavigate, useParams } from 'react-router';
import { useCase, useSaveCase } from './queries';
import {
  caseFormPath,
  draftFromForm,
  emptyCaseForm,
  formFromCase,
  validateCaseForm,
  type CaseFormValues,
} from './form-values';
import { PeopleEditor } from './PeopleEditor';
import { OrganisationsEditor } from './OrganisationsEditor';
import { useJournalledForm } from '../../drafts/use-journalled-form';
import { formErrors } from '../../forms/zod-field-errors';
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
  const initial = useMemo(() => (existing ? formFromCase(existing) : emptyCaseForm(todayInLondon())), [existing]);
  const { form, ready, restored, dismissNotice, onSubmit, discard } = useJournalledForm<CaseFormValues>(
    caseId ? `case:${caseId}` : 'case:new',
    existing?.updatedAt ?? null,
    { initialValues: initial, validate: validateCaseForm },
  );
  const save = useSaveCase();
  const errorCount = Object.keys(form.errors).length;

  const submit = onSubmit((values) =>
    save.mutate(
      { caseId, draft: draftFromForm(values, existing), expectedUpdatedAt: existing?.updatedAt },
      {
        onSuccess: async (saved) => {
          await discard(values);
          notifications.show({ message: caseId ? 'Case saved' : 'Case created', color: 'green' });
          navigate(`/cases/${saved.id}`);
        },
        onError: (err) => form.setErrors(formErrors(fieldErrors(err, 'draft.'), caseFormPath)),
      },
    ),
  );

  if (!ready) return <Loader />;
  return (
    <form noValidate onSubmit={submit} onKeyDown={getHotkeyHandler([['mod+S', () => submit()]])}>
      <Stack maw={960}>
        <Title order={2}>{caseId ? `Edit case ${existing?.reference ?? ''}` : 'New case'}</Title>
        {restored && (
          <RestoredDraftNotice savedAt={restored.savedAt} onKeep={dismissNotice} onDiscard={() => discard(initial)} />
        )}
        {save.error instanceof IpcCallError && save.error.issues.length === 0 && (
          <Alert color="red" title="Not saved">
            {save.error.message}
          </Alert>
        )}
        {errorCount > 0 && (
          <Alert color="red" title="Not saved yet">
            Please correct the {errorCount === 1 ? 'field' : 'fields'} marked below.
          </Alert>
        )}
        <Paper withBorder p="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Case title" required {...form.getInputProps('title')} data-autofocus />
            <TextInput
              label="Reference"
              description="The Ombudsman's style, e.g. 19 016 759 (optional)"
              {...form.getInputProps('reference')}
            />
            <UkDateInput
              label="Date received"
              required
              value={form.values.received}
              onChange={(date) => form.setFieldValue('received', date)}
              error={form.errors.received}
            />
            <Select
              label="Stage"
              data={STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s] }))}
              {...form.getInputProps('stage')}
              allowDeselect={false}
            />
            <UkDateInput
              label="Final decision date"
              description="Deadlines for agreed actions count from here"
              value={form.values.finalDecisionDate}
              onChange={(date) => form.setFieldValue('finalDecisionDate', date)}
              error={form.errors.finalDecisionDate}
            />
            <Select
              label="Nation"
              data={[
                { value: 'england', label: 'England' },
                { value: 'wales', label: 'Wales' },
              ]}
              {...form.getInputProps('nation')}
              allowDeselect={false}
            />
            <TextInput
              label="First S117 review due within (weeks of discharge)"
              {...form.getInputProps('firstReviewWeeks')}
            />
            <TextInput label="Reviews at least every (months)" {...form.getInputProps('reviewIntervalMonths')} />
          </SimpleGrid>
        </Paper>
        <PeopleEditor form={form} />
        <OrganisationsEditor form={form} />
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
