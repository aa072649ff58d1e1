// One finding as the Findings tab shows it: the fault, the injustice as chips, the causation,
// the events behind it with their dates, and the rule it came from, with edit and delete.
import { Badge, Button, Group, List, Paper, Stack, Text } from '@mantine/core';
import type { CaseFileEvent, CaseFileFinding } from '../../../shared/casefile/schema';
import { INJUSTICE_LABELS, eventLabel } from './labels';
import { DeleteFindingButton } from './DeleteFindingButton';

export function FindingCard(props: {
  caseId: string;
  finding: CaseFileFinding;
  orgName: string;
  events: ReadonlyMap<string, CaseFileEvent>;
  onEdit: () => void;
}) {
  const f = props.finding;
  const linked = f.events ?? [];
  return (
    <Paper withBorder p="md" role="article" aria-label={`Finding ${f.id}`}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Group gap="xs">
            <Text fw={600}>Finding {f.id}</Text>
            <Text size="sm" c="dimmed">
              against {props.orgName}
            </Text>
            {f.rule ? (
              <Badge variant="outline" color="gray" title="The duty-check rule this finding came from">
                From {f.rule}
              </Badge>
            ) : (
              <Badge variant="outline" color="gray">
                Written by hand
              </Badge>
            )}
          </Group>
          <Group gap="xs" wrap="nowrap">
            <Button size="xs" variant="default" onClick={props.onEdit} aria-label={`Edit finding ${f.id}`}>
              Edit
            </Button>
            <DeleteFindingButton caseId={props.caseId} finding={f} />
          </Group>
        </Group>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{f.fault}</Text>
        <Group gap={6}>
          <Text size="sm" c="dimmed">
            Injustice:
          </Text>
          {f.injustice.length > 0 ? (
            f.injustice.map((k) => (
              <Badge key={k} variant="light" color="grape">
                {INJUSTICE_LABELS[k]}
              </Badge>
            ))
          ) : (
            <Text size="sm">none</Text>
          )}
        </Group>
        {f.causation && (
          <Text size="sm">
            <Text span c="dimmed">
              Causation:{' '}
            </Text>
            {f.causation}
          </Text>
        )}
        <div>
          <Text size="sm" c="dimmed">
            Supporting events:
          </Text>
          {linked.length > 0 ? (
            <List size="sm">
              {linked.map((id) => {
                const e = props.events.get(id);
                return (
                  <List.Item key={id}>
                    {e ? eventLabel(e) : id}
                    {e?.text ? ` — ${e.text}` : ''}
                  </List.Item>
                );
              })}
            </List>
          ) : (
            <Text size="sm" c="orange.8">
              None: this finding cites no event in the chronology.
            </Text>
          )}
        </div>
      </Stack>
    </Paper>
  );
}
