// One duty: its status (colour and word), what it requires and where the duty comes from, the
// events and evidence pages behind the status, and its flags. "Show in chronology" opens the
// chronology with those events highlighted.
import { Anchor, Badge, Button, Group, List, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { DutyFlag, DutyRow, EventSummary } from '../../../shared/ipc/channels/findings';
import { DUTY_STATUS } from './labels';
import { FlagItem } from './FlagItem';

export function DutyCard(props: {
  caseId: string;
  duty: DutyRow;
  events: ReadonlyMap<string, EventSummary>;
  orgName: (id: string) => string;
  onAccept: (flag: DutyFlag) => void;
  onDismiss: (flag: DutyFlag) => void;
  onRestore: (flag: DutyFlag) => void;
  restoring: string | null;
}) {
  const { duty } = props;
  const status = DUTY_STATUS[duty.status];
  const chronology = `/cases/${props.caseId}/chronology?highlight=${duty.events.join(',')}`;
  return (
    <Paper withBorder p="md" role="region" aria-label={duty.title}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Group gap="sm" align="flex-start" wrap="nowrap">
            <Badge color={status.color} variant="filled" w={150} style={{ flexShrink: 0 }}>
              {status.label}
            </Badge>
            <div>
              <Text fw={600}>{duty.title}</Text>
              <Text size="xs" c="dimmed">
                {duty.citation}
              </Text>
            </div>
          </Group>
          {duty.events.length > 0 && (
            <Button
              component={Link}
              to={chronology}
              size="xs"
              variant="subtle"
              style={{ flexShrink: 0 }}
              aria-label={`Show in chronology: ${duty.title}`}
            >
              Show in chronology
            </Button>
          )}
        </Group>
        {duty.events.length > 0 && (
          <List size="sm" spacing={2} aria-label="Events behind this duty">
            {duty.events.map((id) => {
              const e = props.events.get(id);
              return (
                <List.Item key={id}>
                  <Anchor component={Link} to={`/cases/${props.caseId}/chronology?highlight=${id}`} size="sm">
                    {e?.label ?? id}
                  </Anchor>
                  {e?.text ? <Text span size="sm" c="dimmed">{` — ${e.text}`}</Text> : null}
                  {e && e.citations.length > 0 && (
                    <Text span size="sm">
                      {' '}
                      ({e.citations.join('; ')})
                    </Text>
                  )}
                </List.Item>
              );
            })}
          </List>
        )}
        {duty.flags.map((f) => (
          <FlagItem
            key={`${f.rule} ${f.date} ${f.orgs.join(',')}`}
            flag={f}
            orgName={props.orgName}
            onAccept={() => props.onAccept(f)}
            onDismiss={() => props.onDismiss(f)}
            onRestore={() => props.onRestore(f)}
            restoring={props.restoring === `${f.rule} ${f.date}`}
          />
        ))}
      </Stack>
    </Paper>
  );
}
