// The Findings tab: findings grouped by organisation, and two checks on the evidence behind
// them — findings that cite no event, and events no finding cites. Findings are added and
// edited in a modal form; deleting asks first.
import { useMemo, useState } from 'react';
import { Alert, Button, Group, Loader, Modal, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import type { CaseDetail } from '../../../shared/domain/case';
import type { CaseFileFinding } from '../../../shared/casefile/schema';
import { useCaseEvents, useFindings, useSaveFinding } from './queries';
import { FindingCard } from './FindingCard';
import { FindingForm } from './FindingForm';
import { emptyFindingForm, formFromFinding, headOptions, personOptions } from './finding-form-values';
import { useComplaint } from '../complaint/queries';
import { eventLabel } from './labels';

type View = 'by-org' | 'no-event' | 'unlinked-events';
const VIEWS: Array<{ value: View; label: string }> = [
  { value: 'by-org', label: 'By organisation' },
  { value: 'no-event', label: 'Findings with no supporting event' },
  { value: 'unlinked-events', label: 'Events not linked to any finding' },
];

/** The form's subject: a new finding, or the finding being edited. */
type Editing = { finding: CaseFileFinding | null } | null;

export function FindingsTab({ caseDetail }: { caseDetail: CaseDetail }) {
  const caseId = caseDetail.id;
  const findings = useFindings(caseId);
  const events = useCaseEvents(caseId);
  const save = useSaveFinding(caseId);
  const complaint = useComplaint(caseId);
  const [view, setView] = useState<View>('by-org');
  const [editing, setEditing] = useState<Editing>(null);
  useHotkeys([['alt+N', () => setEditing({ finding: null })]]);

  const eventsById = useMemo(() => new Map((events.data ?? []).map((e) => [e.id, e])), [events.data]);
  const orgName = (id: string) => caseDetail.organisations.find((o) => o.id === id)?.name ?? id;

  if (findings.error || events.error) return <Alert color="red">{(findings.error ?? events.error)?.message}</Alert>;
  if (!findings.data || !events.data) return <Loader />;
  const all = findings.data;

  const card = (f: CaseFileFinding) => (
    <FindingCard
      key={f.id}
      caseId={caseId}
      finding={f}
      orgName={orgName(f.org)}
      events={eventsById}
      onEdit={() => setEditing({ finding: f })}
    />
  );

  const linkedIds = new Set(all.flatMap((f) => f.events ?? []));
  const unlinked = events.data.filter((e) => !linkedIds.has(e.id));
  const withoutEvents = all.filter((f) => (f.events ?? []).length === 0);
  const orgsWithFindings = caseDetail.organisations.filter((o) => all.some((f) => f.org === o.id));
  const orgsWithout = caseDetail.organisations.filter((o) => !all.some((f) => f.org === o.id));

  return (
    <Stack>
      <Group justify="space-between">
        <SegmentedControl value={view} onChange={(v) => setView(v as View)} data={VIEWS} aria-label="Show findings" />
        <Button onClick={() => setEditing({ finding: null })} title="Alt+N">
          Add finding
        </Button>
      </Group>

      {view === 'by-org' &&
        (all.length === 0 ? (
          <Text c="dimmed">No findings yet. Add one here, or accept a flag as a finding on the Duties tab.</Text>
        ) : (
          <>
            {orgsWithFindings.map((o) => (
              <section key={o.id} aria-label={`Findings against ${o.name}`}>
                <Title order={3} size="h4" mb="xs">
                  {o.name}
                </Title>
                <Stack gap="sm">{all.filter((f) => f.org === o.id).map(card)}</Stack>
              </section>
            ))}
            {orgsWithout.length > 0 && (
              <Text size="sm" c="dimmed">
                No findings against {orgsWithout.map((o) => o.name).join(', ')}.
              </Text>
            )}
          </>
        ))}

      {view === 'no-event' &&
        (withoutEvents.length === 0 ? (
          <Text c="dimmed">Every finding cites at least one event in the chronology.</Text>
        ) : (
          <Stack gap="sm">{withoutEvents.map(card)}</Stack>
        ))}

      {view === 'unlinked-events' &&
        (unlinked.length === 0 ? (
          <Text c="dimmed">Every event in the chronology supports at least one finding.</Text>
        ) : (
          <Paper withBorder>
            <Table aria-label="Events not linked to any finding">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Event</Table.Th>
                  <Table.Th>Organisation</Table.Th>
                  <Table.Th>What happened</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {unlinked.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td>{eventLabel(e)}</Table.Td>
                    <Table.Td>{e.org ? orgName(e.org) : ''}</Table.Td>
                    <Table.Td>{e.text ?? ''}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        ))}

      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.finding ? `Edit finding ${editing.finding.id}` : 'Add a finding'}
        size="lg"
      >
        {editing && (
          <FindingForm
            journalKey={`finding:${caseId}:${editing.finding?.id ?? 'new'}`}
            initial={editing.finding ? formFromFinding(editing.finding) : emptyFindingForm()}
            orgOptions={caseDetail.organisations.map((o) => ({ value: o.id, label: o.name }))}
            personOptions={personOptions(caseDetail)}
            headOptions={headOptions(complaint.data)}
            eventOptions={events.data.map((e) => ({
              value: e.id,
              label: `${eventLabel(e)}${e.text ? ` — ${e.text.slice(0, 60)}` : ''}`,
            }))}
            submitLabel={editing.finding ? 'Save finding' : 'Add finding'}
            onSave={(values) =>
              save.mutateAsync({
                findingId: editing.finding?.id,
                values: { ...values, rule: editing.finding?.rule },
              })
            }
            onDone={() => setEditing(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}
