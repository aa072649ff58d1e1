// The recommendations (agreed actions): what, by which bodies, by when (a date, counted from the
// final decision), where each stands, and "mark done" with a note of what shows it was done.
import { useState } from 'react';
import {
  Badge,
  Button,
  Group,
  Modal,
  MultiSelect,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { fieldErrors } from '../../ipc/client';
import { ACTION_KIND_LABELS } from '../../../shared/remedies';
import { formatLongDate } from '../../../shared/dates/calendar-date';
import type { CaseFileAction } from '../../../shared/casefile/schema';
import type { ActionView } from '../../../shared/ipc/channels/remedies';
import { useRemedyChange } from './queries';
import { useRemedyForm } from './use-remedy-form';
import { ACTION_TEMPLATES, actionFormFrom, actionFromForm, emptyActionForm, type ActionForm } from './form-values';
import { FormModal } from './FormModal';
import { RemediesFindingsField } from './RemediesFindingsField';
import { useRemedyEditor } from './use-remedy-editor';
import { RowActions } from './RowActions';
import { ItemsSection, type ItemColumn } from './ItemsSection';
import { COMPLIANCE_COLOURS, COMPLIANCE_LABELS, deadlineText } from './labels';
import type { CaseNames } from './names';

interface Props {
  caseId: string;
  actions: ActionView[];
  deadlinesFrom: string;
  hasFinalDecision: boolean;
  names: CaseNames;
}

export const actionTitle = (a: Pick<CaseFileAction, 'kind' | 'text'>) =>
  a.text?.trim() ? `${ACTION_KIND_LABELS[a.kind]}: ${a.text.trim()}` : ACTION_KIND_LABELS[a.kind];

const periodText = (a: CaseFileAction) =>
  a.withinDays !== undefined
    ? `within ${a.withinDays} days`
    : a.withinWorkingDays !== undefined
      ? `within ${a.withinWorkingDays} working days`
      : '';

export function ActionsSection({ caseId, actions, deadlinesFrom, hasFinalDecision, names }: Props) {
  const [editing, setEditing] = useState<{ action?: CaseFileAction } | null>(null);
  const [marking, setMarking] = useState<ActionView | null>(null);
  const remove = useRemedyChange(caseId, 'remedy.deleteAction');
  const setStatus = useRemedyChange(caseId, 'remedy.setActionStatus');
  return (
    <ItemsSection
      title="Recommendations (agreed actions)"
      addLabel="Add action"
      onAdd={() => setEditing({})}
      intro={
        <Text size="sm" c="dimmed" mb="sm">
          Deadlines count from{' '}
          {hasFinalDecision ? 'the final decision date' : 'the as-at date (no final decision date yet)'},{' '}
          {formatLongDate(deadlinesFrom)}.
        </Text>
      }
      emptyText="No actions yet: an apology, a reassessment, reinstating services, a payment, or service improvements."
      tableLabel="Agreed actions"
      items={actions}
      itemKey={(view) => view.action.id}
      columns={actionColumns(names)}
      rowActions={(view) => {
        const a = view.action;
        return (
          <RowActions
            onEdit={() => setEditing({ action: a })}
            deleteLabel={`Delete action ${a.id}`}
            deleteWhat={`the action “${actionTitle(a)}”`}
            onDelete={() => remove.mutateAsync({ actionId: a.id })}
          >
            {view.compliance === 'done' ? (
              <Button
                size="compact-xs"
                variant="subtle"
                loading={setStatus.isPending && setStatus.variables?.actionId === a.id}
                onClick={() => setStatus.mutate({ actionId: a.id, status: 'due' })}
              >
                Reopen
              </Button>
            ) : (
              <Button size="compact-xs" variant="light" color="green" onClick={() => setMarking(view)}>
                Mark done
              </Button>
            )}
          </RowActions>
        );
      }}
    >
      {editing && (
        <ActionEditor caseId={caseId} action={editing.action} names={names} onDone={() => setEditing(null)} />
      )}
      {marking && <MarkDoneModal caseId={caseId} view={marking} onDone={() => setMarking(null)} />}
    </ItemsSection>
  );
}

const actionColumns = (names: CaseNames): Array<ItemColumn<ActionView>> => [
  {
    header: 'Action',
    cell: (view) => (
      <>
        {actionTitle(view.action)}
        {view.evidence && (
          <Text size="xs" c="dimmed">
            Done: {view.evidence}
            {view.statusRecordedAt
              ? ` (recorded ${new Date(view.statusRecordedAt).toLocaleDateString('en-GB', { dateStyle: 'medium' })})`
              : ''}
          </Text>
        )}
      </>
    ),
  },
  { header: 'By', cell: (view) => view.action.by.map(names.org).join(', ') },
  {
    header: 'Deadline',
    nowrap: true,
    cell: (view) => (
      <>
        {deadlineText(view.due)}
        <Text size="xs" c="dimmed">
          {periodText(view.action)}
        </Text>
      </>
    ),
  },
  {
    header: 'Status',
    cell: (view) => (
      <Badge color={COMPLIANCE_COLOURS[view.compliance]} variant="light" style={{ minWidth: 'max-content' }}>
        {COMPLIANCE_LABELS[view.compliance]}
      </Badge>
    ),
  },
];

function MarkDoneModal({ caseId, view, onDone }: { caseId: string; view: ActionView; onDone(): void }) {
  const form = useRemedyForm<{ evidence: string }>(`remedy:${caseId}:done:${view.action.id}`, {
    evidence: '',
  });
  const [error, setError] = useState<string | null>(null);
  const setStatus = useRemedyChange(caseId, 'remedy.setActionStatus');
  const submit = () => {
    if (!form.values.evidence.trim()) {
      setError('Say what shows it was done, e.g. “Letter of apology dated 3 February 2023”.');
      return;
    }
    setStatus.mutate(
      { actionId: view.action.id, status: 'done', evidence: form.values.evidence.trim() },
      {
        onSuccess: async () => {
          await form.reset({ evidence: '' });
          notifications.show({ message: 'Marked done', color: 'green' });
          onDone();
        },
        onError: (err) => setError(fieldErrors(err).evidence ?? err.message),
      },
    );
  };
  if (!form.ready) return null;
  return (
    <Modal opened onClose={onDone} title={`Mark done: ${actionTitle(view.action)}`} centered size="lg">
      <Stack>
        <Textarea
          label="Evidence it was done"
          description="What shows the action was carried out (a letter, a payment confirmation, a revised policy)"
          autosize
          minRows={3}
          value={form.values.evidence}
          onChange={(e) => {
            setError(null);
            form.set('evidence', e.currentTarget.value);
          }}
          onKeyDown={getHotkeyHandler([
            ['mod+Enter', submit],
            ['mod+S', submit],
          ])}
          error={error}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button color="green" loading={setStatus.isPending} onClick={submit}>
            Mark done
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function ActionEditor(props: { caseId: string; action?: CaseFileAction; names: CaseNames; onDone(): void }) {
  const { caseId, action, names, onDone } = props;
  const {
    form,
    values: v,
    errors,
    modalProps,
  } = useRemedyEditor({
    caseId,
    journalKey: `action:${action?.id ?? 'new'}`,
    initial: action ? actionFormFrom(action) : emptyActionForm(),
    convert: actionFromForm,
    channel: 'remedy.saveAction',
    toInput: (value) => ({ action: { ...value, ...(action ? { id: action.id } : {}) } }),
    errorPrefix: 'action.',
    savedMessage: () => 'Saved the action',
    onDone,
  });

  if (!form.ready) return null;
  return (
    <FormModal {...modalProps} title={action ? 'Edit action' : 'Add an action'} submitLabel="Save action">
      <Select
        label="Action"
        data={ACTION_TEMPLATES.map((t) => ({ value: t.value, label: t.label }))}
        value={v.template}
        onChange={(x) => {
          const t = ACTION_TEMPLATES.find((y) => y.value === x);
          if (t) form.change({ template: t.value, kind: t.kind, text: t.text });
        }}
        allowDeselect={false}
      />
      <TextInput
        label="What is to be done"
        description={v.kind === 'apology' ? 'Optional: e.g. a written apology from a senior officer' : undefined}
        value={v.text}
        onChange={(e) => form.set('text', e.currentTarget.value)}
        error={errors.text}
      />
      <MultiSelect
        label="By"
        data={names.orgs}
        value={v.by}
        onChange={(x) => form.set('by', x)}
        error={errors.by ?? errors['by.0']}
      />
      <RemediesFindingsField
        caseId={caseId}
        by={v.by}
        value={v.findings}
        onChange={(x) => form.set('findings', x)}
        orgName={names.org}
      />
      <SimpleGrid cols={2}>
        <TextInput
          label="Within"
          value={v.period}
          onChange={(e) => form.set('period', e.currentTarget.value)}
          error={errors.period ?? errors.withinDays ?? errors.withinWorkingDays}
        />
        <SegmentedControl
          mt={24}
          aria-label="Days or working days"
          value={v.periodKind}
          onChange={(x) => form.set('periodKind', x as ActionForm['periodKind'])}
          data={[
            { value: 'days', label: 'days' },
            { value: 'working_days', label: 'working days' },
          ]}
        />
      </SimpleGrid>
    </FormModal>
  );
}
