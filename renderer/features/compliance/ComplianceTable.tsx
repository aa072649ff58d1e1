// Agreed actions across cases as a table: the case, the action, who must do it, by when, and
// where it stands; a row opens the case's Remedies tab.
import { Badge, Table, Text } from '@mantine/core';
import { useNavigate } from 'react-router';
import type { ComplianceItem } from '../../../shared/ipc/channels/remedies';
import { COMPLIANCE_COLOURS, COMPLIANCE_LABELS, deadlineText } from '../remedies/labels';
import { actionTitle } from '../remedies/ActionsSection';

export function ComplianceTable({ items, label }: { items: ComplianceItem[]; label: string }) {
  const navigate = useNavigate();
  const open = (item: ComplianceItem) => navigate(`/cases/${item.caseId}/remedies`);
  return (
    <Table highlightOnHover aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Case</Table.Th>
          <Table.Th>Action</Table.Th>
          <Table.Th>By</Table.Th>
          <Table.Th>Deadline</Table.Th>
          <Table.Th>Status</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((item) => (
          <Table.Tr
            key={`${item.caseId}/${item.actionId}`}
            style={{ cursor: 'pointer' }}
            tabIndex={0}
            onClick={() => open(item)}
            onKeyDown={(e) => e.key === 'Enter' && open(item)}
          >
            <Table.Td>
              <Text size="sm" fw={500}>
                {item.caseReference ?? 'No reference'}
              </Text>
              <Text size="xs" c="dimmed">
                {item.caseTitle}
              </Text>
            </Table.Td>
            <Table.Td>
              {actionTitle({ kind: item.kind, text: item.text ?? undefined })}
              {item.evidence && (
                <Text size="xs" c="dimmed">
                  Done: {item.evidence}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{item.by.map((b) => b.name).join(', ')}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{deadlineText(item.due)}</Table.Td>
            <Table.Td>
              <Badge color={COMPLIANCE_COLOURS[item.status]} variant="light" style={{ minWidth: 'max-content' }}>
                {COMPLIANCE_LABELS[item.status]}
              </Badge>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
