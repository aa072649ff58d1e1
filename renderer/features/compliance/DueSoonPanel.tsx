// The home screen's "Due soon / overdue" panel: agreed actions across all cases that are past
// their deadline or due within 14 days. Shows nothing when there are none.
import { Anchor, Group, Paper, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useCompliance } from '../remedies/queries';
import { ComplianceTable } from './ComplianceTable';

export function DueSoonPanel() {
  const compliance = useCompliance(false);
  const items = compliance.data?.items ?? [];
  if (items.length === 0) return null;
  const overdue = items.filter((i) => i.status === 'overdue').length;
  return (
    <Paper withBorder p="md" aria-label="Due soon and overdue">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          Due soon / overdue
        </Title>
        <Group gap="md">
          <Text size="sm" c={overdue > 0 ? 'red' : 'dimmed'}>
            {overdue} overdue, {items.length - overdue} due within 14 days
          </Text>
          <Anchor component={Link} to="/compliance" size="sm">
            All agreed actions
          </Anchor>
        </Group>
      </Group>
      <ComplianceTable items={items} label="Actions due soon or overdue" />
    </Paper>
  );
}
