// An email's headers (from, to, copy, date, subject) above its text.
import { Table } from '@mantine/core';
import type { EvidenceDetailView } from '../../../shared/domain/evidence';
import { formatDateTime } from '../../../shared/dates/date-time';

export function EmailHeaders({ email }: { email: NonNullable<EvidenceDetailView['email']> }) {
  const rows: Array<[string, string]> = [
    ['From', email.from],
    ['To', email.to.join(', ')],
    ...(email.cc.length ? [['Cc', email.cc.join(', ')] as [string, string]] : []),
    ['Date', email.date ? formatDateTime(email.date) : '—'],
    ['Subject', email.subject],
  ];
  return (
    <Table withTableBorder variant="vertical" layout="fixed" aria-label="Email headers">
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={100}>{label}</Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
