// The Complaint tab: what the person complained about, head by head, naming the bodies each is
// about; the outcomes they want; and any body the investigator did not investigate or that put
// things right before the decision. The decision letters are written from this, and cannot be
// approved without it. The form is @mantine/form's: every change works on the latest values.
import { useEffect } from 'react';
import { Alert, Button, Checkbox, Group, Loader, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { CaseDetail } from '../../../shared/domain/case';
import type { Complaint, ComplaintDraft } from '../../../shared/ipc/channels/complaint';
import { fieldErrors } from '../../ipc/client';
import { useComplaint, useSaveComplaint } from './queries';
import { ListCard, RemoveButton } from './ListCard';

type Draft = Required<ComplaintDraft>;

const SCOPE_LABELS = [
  { value: 'not_investigated', label: 'Not investigated' },
  { value: 'remedied_before_decision', label: 'Put things right before the decision' },
];

const toDraft = (c: Complaint): Draft => ({
  heads: c.heads.map((h) => ({ ...h })),
  desiredOutcomes: [...c.desiredOutcomes],
  scope: c.scope.map((s) => ({ ...s })),
});

export function ComplaintTab({ caseDetail }: { caseDetail: CaseDetail }) {
  const found = useComplaint(caseDetail.id);
  if (found.error) return <Alert color="red">{found.error.message}</Alert>;
  if (!found.data) return <Loader size="sm" aria-label="Loading the complaint" />;
  return <ComplaintForm caseDetail={caseDetail} saved={found.data} />;
}

function ComplaintForm({ caseDetail, saved }: { caseDetail: CaseDetail; saved: Complaint }) {
  const form = useForm<Draft>({ mode: 'controlled', initialValues: toDraft(saved) });
  const { setValues } = form;
  useEffect(() => setValues(toDraft(saved)), [saved, setValues]);
  const save = useSaveComplaint(caseDetail.id);
  const errors = fieldErrors(save.error);
  const orgs = caseDetail.organisations.map((o) => ({ value: o.id, label: o.name }));
  const draft = form.values;
  const dirty = JSON.stringify(draft) !== JSON.stringify(toDraft(saved));

  return (
    <Stack maw={900}>
      <Text size="sm">
        Record what {caseDetail.people[0]?.name ?? 'the person'} complained about, one head at a time, and which
        organisations each head is about. The decision letters answer these heads, body by body.
      </Text>
      <ListCard
        title="What they complained about"
        addLabel="Add a head of complaint"
        onAdd={() => form.insertListItem('heads', { orgs: [], text: '' })}
      >
        {draft.heads.length === 0 && (
          <Text c="dimmed" size="sm">
            No heads yet.
          </Text>
        )}
        {draft.heads.map((head, i) => (
          <Group key={head.id ?? `new-${i}`} align="flex-start" wrap="nowrap">
            <Checkbox.Group
              label={`Head ${i + 1} is about`}
              value={head.orgs}
              onChange={(value) => form.setFieldValue(`heads.${i}.orgs`, value)}
              error={errors[`complaint.heads.${i}.orgs`] ?? errors[`heads[${i}].orgs[0]`]}
              w={300}
            >
              <Stack gap={4} mt={4}>
                {orgs.map((o) => (
                  <Checkbox key={o.value} value={o.value} label={o.label} />
                ))}
              </Stack>
            </Checkbox.Group>
            <Textarea
              label="What they said the organisation(s) did wrong"
              placeholder="did not review his aftercare after discharge"
              autosize
              minRows={1}
              value={head.text}
              onChange={(e) => form.setFieldValue(`heads.${i}.text`, e.currentTarget.value)}
              error={errors[`complaint.heads.${i}.text`]}
              style={{ flex: 1 }}
            />
            <RemoveButton offset label={`Remove head ${i + 1}`} onClick={() => form.removeListItem('heads', i)} />
          </Group>
        ))}
      </ListCard>
      <ListCard
        title="Outcomes they want"
        addLabel="Add an outcome"
        onAdd={() => form.insertListItem('desiredOutcomes', '')}
      >
        {draft.desiredOutcomes.map((outcome, i) => (
          <Group key={i} wrap="nowrap">
            <TextInput
              aria-label={`Outcome ${i + 1}`}
              value={outcome}
              onChange={(e) => form.setFieldValue(`desiredOutcomes.${i}`, e.currentTarget.value)}
              error={errors[`complaint.desiredOutcomes.${i}`]}
              style={{ flex: 1 }}
            />
            <RemoveButton label={`Remove outcome ${i + 1}`} onClick={() => form.removeListItem('desiredOutcomes', i)} />
          </Group>
        ))}
      </ListCard>
      <ListCard
        title="Bodies not investigated, or that put things right first"
        addLabel="Add a body"
        onAdd={() =>
          form.insertListItem('scope', { org: orgs[0]?.value ?? '', outcome: 'not_investigated', reason: '' })
        }
      >
        {draft.scope.map((entry, i) => (
          <Group key={i} align="flex-start" wrap="nowrap">
            <Select
              label="Organisation"
              data={orgs}
              value={entry.org}
              onChange={(value) => form.setFieldValue(`scope.${i}.org`, value ?? '')}
              w={240}
            />
            <Select
              label="Outcome"
              data={SCOPE_LABELS}
              value={entry.outcome}
              allowDeselect={false}
              onChange={(value) =>
                form.setFieldValue(`scope.${i}.outcome`, (value ?? 'not_investigated') as typeof entry.outcome)
              }
              w={240}
            />
            <Textarea
              label="Reason (given in the letter)"
              autosize
              minRows={1}
              value={entry.reason}
              onChange={(e) => form.setFieldValue(`scope.${i}.reason`, e.currentTarget.value)}
              error={errors[`complaint.scope.${i}.reason`]}
              style={{ flex: 1 }}
            />
            <RemoveButton
              offset
              label={`Remove scope entry ${i + 1}`}
              onClick={() => form.removeListItem('scope', i)}
            />
          </Group>
        ))}
      </ListCard>
      {save.error && (
        <Alert color="red" title="Not saved">
          {save.error.message}
        </Alert>
      )}
      <Group>
        <Button
          onClick={() =>
            save.mutate(form.getValues(), {
              onSuccess: () => notifications.show({ message: 'Complaint saved', color: 'green' }),
            })
          }
          loading={save.isPending}
          disabled={!dirty}
        >
          Save the complaint
        </Button>
        {dirty && (
          <Button variant="default" onClick={() => setValues(toDraft(saved))}>
            Discard changes
          </Button>
        )}
      </Group>
    </Stack>
  );
}
