// A case at a glance: its dates, settings, people and organisations.
import { Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { CaseDetail } from '../../../shared/domain/case';
import { ORG_KIND_LABELS, PERSON_ROLE_LABELS } from '../../../shared/domain/vocabulary';
import { formatLongDate } from '../../../shared/dates/calendar-date';

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text>{value}</Text>
    </div>
  );
}

export function CaseOverview({ caseDetail: c }: { caseDetail: CaseDetail }) {
  return (
    <Stack>
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          <Fact label="Received" value={formatLongDate(c.received)} />
          <Fact label="Final decision" value={c.finalDecisionDate ? formatLongDate(c.finalDecisionDate) : 'Not yet'} />
          <Fact label="First review within" value={`${c.settings.firstReviewWeeks} weeks of discharge`} />
          <Fact label="Reviews at least every" value={`${c.settings.reviewIntervalMonths} months`} />
        </SimpleGrid>
      </Paper>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="md">
          <Title order={3} size="h5" mb="xs">
            People
          </Title>
          <Table aria-label="People">
            <Table.Tbody>
              {c.people.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>{[p.title, p.name].filter(Boolean).join(' ')}</Table.Td>
                  <Table.Td>
                    {PERSON_ROLE_LABELS[p.role]}
                    {p.relationship ? ` (${p.relationship})` : ''}
                  </Table.Td>
                  <Table.Td c="dimmed">{p.label ? `“${p.label}”` : ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {c.people.length === 0 && <Text c="dimmed">None recorded.</Text>}
        </Paper>
        <Paper withBorder p="md">
          <Title order={3} size="h5" mb="xs">
            Organisations
          </Title>
          <Table aria-label="Organisations">
            <Table.Tbody>
              {c.organisations.map((o) => (
                <Table.Tr key={o.id}>
                  <Table.Td>{o.name}</Table.Td>
                  <Table.Td>{ORG_KIND_LABELS[o.kind]}</Table.Td>
                  <Table.Td c="dimmed">{o.reference ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {c.organisations.length === 0 && <Text c="dimmed">None recorded.</Text>}
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
