// An email's headers (from, to, copy, date, subject) above its text.
import { Table } from '@mantine/core';
import type { EvidenceDetailView } from '../../../shared/domain/evidence';

export function EmailHeaders({ email }: { email: NonNullable<EvidenceDetailView['email']> }) {
  const rows: Array<[string, string]> = [
    ['From', email.from],
    ['To', email.to.join(', ')],
    ...(email.cc.length ? [['Cc', email.cc.join(', ')] as [string, string]] : []),
    [
      'Date',
      email.date
        ? new Date(email.date).toLocaleString('en-GB', {
            dateStyle: 'long',
            timeStyle: 'short',
            timeZone: 'Europe/London',
          })
        : '—',
    ],
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
