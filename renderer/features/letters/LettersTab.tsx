// The case's Letters tab: the list of its letters (template, version, status, dates) with
// "New letter", or, at /cases/<id>/letters/<letterId>, the editor for one letter.
import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, Loader, Modal, Select, Stack, Table, Text } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import type { CaseDetail } from '../../../shared/domain/case';
import { LETTER_TEMPLATE_IDS } from '../../../shared/ipc/channels/letters';
import { TEMPLATE_LABELS, type TemplateId } from '../../../shared/letters/templates';
import { LetterEditorPage } from './LetterEditor';
import { STATUS_COLOURS, STATUS_LABELS, when } from './labels';
import { useCreateLetter, useLetters } from './queries';

export function LettersTab({ caseDetail }: { caseDetail: CaseDetail }) {
  const params = useParams();
  const letterId = (params['*'] ?? '').split('/')[1];
  if (letterId) return <LetterEditorPage caseId={caseDetail.id} letterId={decodeURIComponent(letterId)} />;
  return <LetterList caseId={caseDetail.id} />;
}

function LetterList({ caseId }: { caseId: string }) {
  const letters = useLetters(caseId);
  const [choosing, setChoosing] = useState(false);
  if (letters.error) return <Alert color="red">{letters.error.message}</Alert>;
  if (!letters.data) return <Loader />;
  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          Decision letters are built from the case as it stands, then edited here. Approving one keeps its PDF and DOCX
          and freezes it.
        </Text>
        <Button onClick={() => setChoosing(true)}>New letter</Button>
      </Group>
      {letters.data.length === 0 ? (
        <Alert color="gray">No letters yet. Start one with “New letter”.</Alert>
      ) : (
        <Table highlightOnHover aria-label="Letters">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Letter</Table.Th>
              <Table.Th>Version</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Started</Table.Th>
              <Table.Th>Last changed</Table.Th>
              <Table.Th>Approved</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {letters.data.map((l) => (
              <Table.Tr key={l.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/cases/${caseId}/letters/${l.id}`}>
                    {l.templateLabel}
                  </Anchor>
                </Table.Td>
                <Table.Td>{l.version}</Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLOURS[l.status]} variant="light">
                    {STATUS_LABELS[l.status]}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {when(l.createdAt)}
                  <Text size="xs" c="dimmed">
                    {l.createdBy}
                  </Text>
                </Table.Td>
                <Table.Td>{when(l.updatedAt)}</Table.Td>
                <Table.Td>
                  {l.approvedAt ? (
                    <>
                      {when(l.approvedAt)}
                      <Text size="xs" c="dimmed">
                        {l.approvedBy}
                      </Text>
                    </>
                  ) : (
                    '—'
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {choosing && <NewLetterModal caseId={caseId} onClose={() => setChoosing(false)} />}
    </Stack>
  );
}

function NewLetterModal({ caseId, onClose }: { caseId: string; onClose: () => void }) {
  const navigate = useNavigate();
  const create = useCreateLetter(caseId);
  const [template, setTemplate] = useState<TemplateId>('final');
  const submit = () =>
    create.mutate(template, { onSuccess: (letter) => navigate(`/cases/${caseId}/letters/${letter.id}`) });
  return (
    <Modal opened onClose={onClose} title="New letter">
      <Stack>
        <Select
          label="Template"
          data={LETTER_TEMPLATE_IDS.map((id) => ({ value: id, label: TEMPLATE_LABELS[id] }))}
          value={template}
          onChange={(v) => v && setTemplate(v as TemplateId)}
          allowDeselect={false}
          comboboxProps={{ withinPortal: false }}
          data-autofocus
        />
        <Text size="sm" c="dimmed">
          The letter is written from the case, its duty check and its remedy as they stand now; you edit it after.
        </Text>
        {create.error && <Alert color="red">{create.error.message}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={submit} loading={create.isPending}>
            Create letter
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
