// Compliance: the agreed actions of every case, due soon and overdue first, or all of them.
import { useState } from 'react';
import { Alert, Group, Loader, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { formatLongDate } from '../../../shared/dates/calendar-date';
import { useCompliance } from '../remedies/queries';
import { ComplianceTable } from './ComplianceTable';

export function CompliancePage() {
  const [all, setAll] = useState(false);
  const compliance = useCompliance(all);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Compliance with agreed actions</Title>
        <SegmentedControl
          aria-label="Which actions"
          value={all ? 'all' : 'attention'}
          onChange={(v) => setAll(v === 'all')}
          data={[
            { value: 'attention', label: 'Due soon / overdue' },
            { value: 'all', label: 'All actions' },
          ]}
        />
      </Group>
      {compliance.error && <Alert color="red">{compliance.error.message}</Alert>}
      {!compliance.data && !compliance.error && <Loader />}
      {compliance.data && (
        <>
          <Text size="sm" c="dimmed">
            As at {formatLongDate(compliance.data.today)}. Deadlines count from each case’s final decision date.
          </Text>
          {compliance.data.items.length === 0 ? (
            <Text c="dimmed">{all ? 'No agreed actions in any case yet.' : 'Nothing is due soon or overdue.'}</Text>
          ) : (
            <ComplianceTable items={compliance.data.items} label="Agreed actions across cases" />
          )}
        </>
      )}
    </Stack>
  );
}
