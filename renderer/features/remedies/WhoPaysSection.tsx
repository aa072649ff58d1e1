// Who pays what to whom: the picture, the totals by organisation and by recipient, the grand
// total, and the same remedy in plain sentences (the words the letters reuse).
import { Group, List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { formatPence } from '../../../shared/money';
import type { RemedyOutput } from '../../../shared/remedies';
import { UNAPPORTIONED } from '../../../shared/ipc/channels/remedies';
import type { RemedyData } from './queries';
import { RemedyFlowChart } from './RemedyFlowChart';
import { flowInput } from './flow-layout';
import type { CaseNames } from './names';

interface Props {
  output: RemedyOutput;
  explanation: RemedyData['explanation'];
  words: RemedyData['words'];
  names: CaseNames;
  provisional: boolean;
}

function Totals({ label, rows, total }: { label: string; rows: Array<[string, number]>; total: number }) {
  return (
    <Table aria-label={label} withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{label}</Table.Th>
          <Table.Th ta="right">Amount</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map(([name, amount]) => (
          <Table.Tr key={name}>
            <Table.Td>{name}</Table.Td>
            <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {formatPence(amount)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr fw={700}>
          <Table.Td>Total</Table.Td>
          <Table.Td ta="right">{formatPence(total)}</Table.Td>
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}

export function WhoPaysSection({ output, explanation, words, names, provisional }: Props) {
  const orgName = (id: string) => (id === UNAPPORTIONED ? 'Not yet apportioned' : names.org(id));
  const sentences = words
    ? [...words.financialLoss, ...words.payments, ...words.byOrganisation, ...words.byRecipient]
    : [];
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" align="baseline" mb="sm">
        <Title order={3} size="h5">
          Who pays what to whom
        </Title>
        <Text fw={700} aria-label="Remedy total">
          Total {formatPence(output.total)}
          {provisional ? ' (loss not yet split)' : ''}
        </Text>
      </Group>
      <RemedyFlowChart input={flowInput(output, explanation)} nameOf={names.any} />
      <SimpleGrid cols={{ base: 1, md: 2 }} mt="md" style={{ alignItems: 'start' }}>
        <Totals
          label="Pays (by organisation)"
          rows={Object.entries(output.byOrganisation).map(([id, a]) => [orgName(id), a])}
          total={output.total}
        />
        <Totals
          label="Receives (by person)"
          rows={Object.entries(output.byRecipient).map(([id, a]) => [names.any(id), a])}
          total={output.total}
        />
      </SimpleGrid>
      {sentences.length > 0 && (
        <Stack gap={4} mt="md">
          <Text size="sm" fw={500}>
            In words
          </Text>
          <List size="sm" aria-label="Remedy in words">
            {sentences.map((s, i) => (
              <List.Item key={i}>{s.charAt(0).toUpperCase() + s.slice(1)}.</List.Item>
            ))}
          </List>
        </Stack>
      )}
    </Paper>
  );
}
