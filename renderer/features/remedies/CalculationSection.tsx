// The calculator's table of financial loss: each payment (or instalment) counted, its gross,
// what was offset, the net, the days interest ran and the interest, with totals; and the
// payments not counted, with the reason.
import { List, Paper, ScrollArea, Table, Text, Title } from '@mantine/core';
import { formatPence } from '../../../shared/money';
import { formatLongDate } from '../../../shared/dates/calendar-date';
import { formatBasisPoints } from '../../../shared/money/interest';
import type { RemedyOutput } from '../../../shared/remedies';
import type { CaseFilePayment } from '../../../shared/casefile/schema';
import type { RemedyData } from './queries';
import { EXCLUSION_LABELS } from './labels';
import type { CaseNames } from './names';

interface Props {
  output: RemedyOutput;
  explanation: NonNullable<RemedyData['explanation']>;
  payments: CaseFilePayment[];
  names: CaseNames;
}

const money = (pence: number) => (
  <Table.Td ta="right" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
    {formatPence(pence)}
  </Table.Td>
);

export function CalculationSection({ output, explanation, payments, names }: Props) {
  const loss = output.financialLoss;
  const forOf = (paymentId: string) => {
    const p = payments.find((x) => x.id === paymentId);
    return p?.for ?? p?.service ?? '';
  };
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h5" mb={4}>
        Financial loss
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Payments for a mental health need while S117 aftercare was owed, less offsets
        {explanation.interestBasisPoints > 0
          ? `, with simple interest at ${formatBasisPoints(explanation.interestBasisPoints)} a year to ${formatLongDate(explanation.asAt)}`
          : ''}
        .
      </Text>
      {loss.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          No payment counts as financial loss yet.
        </Text>
      ) : (
        <ScrollArea.Autosize mah={420}>
          <Table striped aria-label="Financial loss calculation">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Payment</Table.Th>
                <Table.Th>Date</Table.Th>
                <Table.Th>Paid by</Table.Th>
                <Table.Th ta="right">Gross</Table.Th>
                <Table.Th ta="right">Offset</Table.Th>
                <Table.Th ta="right">Net</Table.Th>
                <Table.Th ta="right">Days</Table.Th>
                <Table.Th ta="right">Interest</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {loss.items.map((item, i) => {
                const source = explanation.items[i];
                return (
                  <Table.Tr key={item.payment}>
                    <Table.Td>
                      {item.payment}
                      {source && forOf(source.payment) ? ` — ${forOf(source.payment)}` : ''}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{source ? formatLongDate(source.date) : ''}</Table.Td>
                    <Table.Td>{source ? names.person(source.paidBy) : ''}</Table.Td>
                    {money(item.gross)}
                    {money(item.offset)}
                    {money(item.net)}
                    <Table.Td ta="right">{item.days}</Table.Td>
                    {money(item.interest)}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr fw={700}>
                <Table.Td colSpan={3}>Totals</Table.Td>
                {money(loss.gross)}
                {money(loss.offsets)}
                {money(loss.net)}
                <Table.Td />
                {money(loss.interest)}
              </Table.Tr>
              <Table.Tr fw={700}>
                <Table.Td colSpan={7}>Financial loss to refund (net + interest)</Table.Td>
                {money(loss.total)}
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </ScrollArea.Autosize>
      )}
      {explanation.excluded.length > 0 && (
        <>
          <Text size="sm" fw={500} mt="sm">
            Not counted
          </Text>
          <List size="sm">
            {explanation.excluded.slice(0, 20).map((x) => (
              <List.Item key={x.item}>
                {x.item} ({formatPence(x.amount)} on {formatLongDate(x.date)}): {EXCLUSION_LABELS[x.reason] ?? x.reason}
              </List.Item>
            ))}
            {explanation.excluded.length > 20 && <List.Item>… and {explanation.excluded.length - 20} more</List.Item>}
          </List>
        </>
      )}
    </Paper>
  );
}
