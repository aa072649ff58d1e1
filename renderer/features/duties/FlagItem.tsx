// One flag of the duty check: its severity, date, message and the organisations it names, with
// the decisions on it — accept as a finding, dismiss with a reason — or, once dismissed, kept
// in view greyed with the reason, who and when, and a way to restore it.
import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { DutyFlag } from '../../../shared/ipc/channels/findings';
import { formatUkDate } from '../../../shared/dates/calendar-date';
import { SEVERITY, whenRecorded } from './labels';

export function FlagItem(props: {
  flag: DutyFlag;
  orgName: (id: string) => string;
  onAccept: () => void;
  onDismiss: () => void;
  onRestore: () => void;
  restoring: boolean;
}) {
  const { flag } = props;
  const dismissed = flag.dismissal;
  const severity = SEVERITY[flag.severity];
  const name = `${flag.rule} (${formatUkDate(flag.date)})`;
  return (
    <Paper
      p="sm"
      bg={dismissed ? 'gray.1' : undefined}
      withBorder
      role="group"
      aria-label={`Flag ${name}${dismissed ? ', dismissed' : ''}`}
      style={{ borderLeft: `4px solid var(--mantine-color-${dismissed ? 'gray' : severity.color}-5)` }}
    >
      <Stack gap={6} opacity={dismissed ? 0.75 : 1}>
        <Group gap="xs">
          <Badge color={dismissed ? 'gray' : severity.color} variant={dismissed ? 'outline' : 'filled'}>
            {severity.label}
          </Badge>
          <Text size="sm" fw={600}>
            {formatUkDate(flag.date)}
          </Text>
          <Text size="xs" c="dimmed" ff="monospace">
            {flag.rule}
          </Text>
          {flag.orgs.length > 0 && (
            <Text size="xs" c="dimmed">
              · {flag.orgs.map(props.orgName).join(', ')}
            </Text>
          )}
          {dismissed && (
            <Badge color="gray" variant="light">
              Dismissed
            </Badge>
          )}
          {flag.findings.length > 0 && (
            <Badge color="indigo" variant="light" tt="none">
              Accepted as finding {flag.findings.join(', ')}
            </Badge>
          )}
        </Group>
        <Text size="sm" td={dismissed ? 'line-through' : undefined}>
          {flag.message}
        </Text>
        {dismissed && (
          <Text size="sm" c="dark.4">
            Dismissed{dismissed.by ? ` by ${dismissed.by}` : ''}
            {dismissed.at ? ` on ${whenRecorded(dismissed.at)}` : ''}: {dismissed.reason}
          </Text>
        )}
      </Stack>
      <Group gap="xs" mt="xs">
        {dismissed ? (
          <Button size="xs" variant="default" onClick={props.onRestore} loading={props.restoring}>
            Restore flag
          </Button>
        ) : (
          <>
            <Button size="xs" variant="light" onClick={props.onAccept}>
              Accept as finding…
            </Button>
            <Button size="xs" variant="default" onClick={props.onDismiss}>
              Dismiss…
            </Button>
          </>
        )}
      </Group>
    </Paper>
  );
}
