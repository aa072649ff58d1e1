// The case's evidence as a table: what each document is, when and by whom it was written, its
// pages and how its text was read, size, who imported it and when, and its fingerprint. Email
// attachments sit indented under their email. A title opens the viewer.
import { useMemo } from 'react';
import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { CaseDetail } from '../../../shared/domain/case';
import type { EvidenceSummaryView } from '../../../shared/domain/evidence';
import { formatLongDate } from '../../../shared/dates/calendar-date';
import { formatBytes, formatImportedAt, TYPE_LABELS } from './evidence-format';
import { nestEvidence } from './evidence-tree';
import { ShaCopy } from './ShaCopy';
import { TextMethodBadge } from './TextMethodBadge';
import { evidenceViewerLink } from '../search/hit-link';

export function EvidenceTable({ caseDetail, items }: { caseDetail: CaseDetail; items: EvidenceSummaryView[] }) {
  const rows = useMemo(() => nestEvidence(items), [items]);
  const orgNames = useMemo(() => new Map(caseDetail.organisations.map((o) => [o.id, o.name])), [caseDetail]);
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="xs" aria-label="Evidence">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Document</Table.Th>
            <Table.Th>Type</Table.Th>
            <Table.Th>Dated</Table.Th>
            <Table.Th>Author</Table.Th>
            <Table.Th ta="right">Pages</Table.Th>
            <Table.Th>Text</Table.Th>
            <Table.Th ta="right">Size</Table.Th>
            <Table.Th>Imported</Table.Th>
            <Table.Th>SHA-256</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ item, depth }) => (
            <Table.Tr key={item.id} data-evidence-id={item.id}>
              <Table.Td style={{ paddingLeft: `calc(var(--mantine-spacing-xs) + ${depth * 24}px)` }}>
                <Group gap={6} wrap="nowrap" align="flex-start">
                  {depth > 0 && (
                    <Text c="dimmed" size="sm" aria-label="Attachment of the email above">
                      ↳
                    </Text>
                  )}
                  <div>
                    <Anchor component={Link} to={evidenceViewerLink({ caseId: item.caseId, evidenceId: item.id })}>
                      {item.title}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {item.id} · {item.originalName}
                      {item.childCount > 0 && ` · ${item.childCount} attachment${item.childCount === 1 ? '' : 's'}`}
                    </Text>
                    {item.tags.length > 0 && (
                      <Group gap={4} mt={2}>
                        {item.tags.map((t) => (
                          <Badge key={t} size="xs" variant="outline" color="gray">
                            {t}
                          </Badge>
                        ))}
                      </Group>
                    )}
                  </div>
                </Group>
              </Table.Td>
              <Table.Td>{TYPE_LABELS[item.type]}</Table.Td>
              <Table.Td>
                {item.documentDate ? (
                  formatLongDate(item.documentDate)
                ) : (
                  <Text span c="dimmed" size="sm">
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {item.authorOrg ? (
                  (orgNames.get(item.authorOrg) ?? item.authorOrg)
                ) : (
                  <Text span c="dimmed" size="sm">
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">{item.pageCount}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <TextMethodBadge method={item.textMethod} />
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {formatBytes(item.size)}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatImportedAt(item.importedAt)}</Text>
                <Text size="xs" c="dimmed">
                  by {item.importedBy}
                </Text>
              </Table.Td>
              <Table.Td>
                <ShaCopy sha256={item.sha256} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
