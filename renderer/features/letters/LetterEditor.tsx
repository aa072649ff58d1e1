// The letter editor: sections as text on the left, the letter as it will read on the right,
// updated as you type (anonymised when the switch is on, with the name check's findings), export
// to PDF or DOCX, approval (which freezes the letter and keeps its files with their SHA-256) and
// superseding an approved letter with a new version.
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Code,
  Grid,
  Group,
  List,
  Loader,
  Stack,
  Switch,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link, useNavigate } from 'react-router';
import type { LetterDetail, LetterFormat } from '../../../shared/ipc/channels/letters';
import { anonymiseLetter } from '../../../shared/letters/anonymise';
import { findRealNames } from '../../../shared/letters/find-real-names';
import type { Letter } from '../../../shared/letters/model';
import { LetterPreview } from './LetterPreview';
import { LetterChecks } from './LetterChecks';
import { SectionEditor, type SectionEdit } from './SectionEditor';
import { textToSection } from './section-text';
import { STATUS_COLOURS, STATUS_LABELS, when } from './labels';
import { useApproveLetter, useExportLetter, useLetter, useSetAnonymise, useSupersedeLetter } from './queries';
import { AnonymiseReviewModal } from './AnonymiseReviewModal';
import { PublicationCheck, usePublicationReview } from './PublicationCheck';
import { IpcCallError } from '../../ipc/client';
import { confirmAction } from '../../app/confirm';

export function LetterEditorPage({ caseId, letterId }: { caseId: string; letterId: string }) {
  const found = useLetter(caseId, letterId);
  if (found.error) return <Alert color="red">{found.error.message}</Alert>;
  if (!found.data) return <Loader />;
  return <LetterEditor key={letterId} caseId={caseId} detail={found.data} />;
}

/** Below the app's header (52 px): the letter's actions stay in reach on a long letter. */
const TOOLBAR_TOP = 52;
/** Below the actions bar. */
const PREVIEW_TOP = TOOLBAR_TOP + 62;

function LetterEditor({ caseId, detail }: { caseId: string; detail: LetterDetail }) {
  const navigate = useNavigate();
  const readOnly = detail.status !== 'draft';
  const [edits, setEdits] = useState<Record<string, SectionEdit>>({});
  const [anonymise, setAnonymise] = useState(detail.anonymise);
  const [reviewOpen, setReviewOpen] = useState(false);
  const saveAnonymise = useSetAnonymise(caseId, detail.id);
  const exporter = useExportLetter(caseId, detail.id);
  const approve = useApproveLetter(caseId, detail.id);
  const supersede = useSupersedeLetter(caseId, detail.id);
  const askApprove = () =>
    confirmAction({
      title: 'Approve this letter?',
      body: (
        <Text size="sm">
          Approving the {detail.templateLabel.toLowerCase()}, version {detail.version}, keeps its PDF and DOCX (with
          real names) in the workspace with their SHA-256 fingerprints, and freezes the letter: it cannot be edited
          afterwards. To change it later you supersede it with a new version.
        </Text>
      ),
      confirmLabel: 'Approve',
      color: 'green',
      failureTitle: 'Not approved',
      onConfirm: async () => {
        await approve.mutateAsync(undefined);
        notifications.show({ message: 'Letter approved', color: 'green' });
      },
    });

  const onEdit = useCallback(
    (sectionId: string) => (edit: SectionEdit | null) =>
      setEdits((all) => {
        const next = { ...all };
        if (edit) next[sectionId] = edit;
        else delete next[sectionId];
        return next;
      }),
    [],
  );
  const editHandlers = useMemo(
    () => Object.fromEntries(detail.letter.sections.map((s) => [s.id, onEdit(s.id)])),
    [detail.letter.sections, onEdit],
  );

  // The letter as typed: unsaved text parsed over the saved sections.
  const typed: Letter = useMemo(
    () => ({
      ...detail.letter,
      sections: detail.letter.sections.map((s) => {
        const edit = edits[s.id];
        return edit ? textToSection(edit.text, s, edit.heading.trim()) : s;
      }),
    }),
    [detail.letter, edits],
  );
  // The preview may lag a keystroke behind: anonymising a long letter takes a moment.
  const shown = useDeferredValue(typed);
  const anonymised = useMemo(
    () => (anonymise ? anonymiseLetter(shown, detail.parties).letter : null),
    [anonymise, shown, detail.parties],
  );
  const remaining = useMemo(
    () => (anonymised ? findRealNames(anonymised, detail.parties.people) : []),
    [anonymised, detail.parties.people],
  );
  // Identifying details beyond the names (issue 12): reviewed live; the preview shows the replacements.
  const publication = usePublicationReview({
    caseId,
    letterId: detail.id,
    letter: shown,
    parties: detail.parties,
    version: detail.updatedAt,
    enabled: anonymise,
  });
  const unsaved = Object.keys(edits).length > 0;

  const doExport = (format: LetterFormat) =>
    exporter.mutate(
      { format, anonymise },
      {
        onSuccess: (result) => {
          if (!result.cancelled) notifications.show({ message: `Saved to ${result.path}`, color: 'green' });
        },
        // Details still to review: the review opens instead of an error.
        onError: (err) => {
          if (err instanceof IpcCallError && err.code === 'anonymisation_unreviewed') {
            exporter.reset();
            setReviewOpen(true);
          }
        },
      },
    );

  const toggleAnonymise = (on: boolean) => {
    setAnonymise(on);
    saveAnonymise.mutate(on);
  };

  const blockedByEdits = unsaved ? 'Save the edited sections first' : null;
  const failing = detail.checks.filter((c) => c.severity === 'error').length;
  const blockedByChecks =
    failing > 0 ? `Fix the ${failing === 1 ? 'failing check' : `${failing} failing checks`} listed below first` : null;

  return (
    <Stack>
      <div>
        <Anchor component={Link} to={`/cases/${caseId}/letters`} size="sm">
          ← All letters
        </Anchor>
        <Title order={3} mt={4}>
          {detail.templateLabel}, version {detail.version}
        </Title>
        <Text size="xs" c="dimmed">
          Started {when(detail.createdAt)} by {detail.createdBy}
          {detail.approvedAt && ` · approved ${when(detail.approvedAt)} by ${detail.approvedBy}`}
        </Text>
      </div>
      <Group
        gap="xs"
        justify="space-between"
        wrap="wrap"
        py="xs"
        bg="var(--mantine-color-body)"
        style={{
          position: 'sticky',
          top: TOOLBAR_TOP,
          zIndex: 3,
          borderBottom: '1px solid var(--mantine-color-gray-3)',
        }}
        aria-label="Letter actions"
        role="toolbar"
      >
        <Group gap="xs" wrap="nowrap">
          <Badge color={STATUS_COLOURS[detail.status]} variant="light">
            {STATUS_LABELS[detail.status]}
          </Badge>
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            Version {detail.version}
          </Text>
        </Group>
        <Group gap="xs" wrap="wrap" justify="flex-end">
          <Switch
            label="Anonymise for publication"
            checked={anonymise}
            onChange={(e) => toggleAnonymise(e.currentTarget.checked)}
          />
          <Tooltip label={blockedByEdits} disabled={!blockedByEdits}>
            <Button
              variant="default"
              onClick={() => doExport('pdf')}
              disabled={!!blockedByEdits}
              loading={exporter.isPending && exporter.variables?.format === 'pdf'}
            >
              Export PDF
            </Button>
          </Tooltip>
          <Tooltip label={blockedByEdits} disabled={!blockedByEdits}>
            <Button
              variant="default"
              onClick={() => doExport('docx')}
              disabled={!!blockedByEdits}
              loading={exporter.isPending && exporter.variables?.format === 'docx'}
            >
              Export DOCX
            </Button>
          </Tooltip>
          {detail.status === 'draft' && (
            <Tooltip label={blockedByEdits ?? blockedByChecks} disabled={!blockedByEdits && !blockedByChecks}>
              <Button color="green" onClick={askApprove} disabled={!!blockedByEdits || !!blockedByChecks}>
                Approve final…
              </Button>
            </Tooltip>
          )}
          {detail.status === 'approved' && (
            <Button
              onClick={() =>
                supersede.mutate(undefined, {
                  onSuccess: (next) => {
                    notifications.show({ message: `Version ${next.version} started as a draft`, color: 'green' });
                    navigate(`/cases/${caseId}/letters/${next.id}`);
                  },
                })
              }
              loading={supersede.isPending}
            >
              Supersede with a new version
            </Button>
          )}
        </Group>
      </Group>

      {exporter.error && (
        <Alert
          color="red"
          title={
            exporter.error.message.startsWith('The anonymised letter')
              ? 'Not exported: a real name remains'
              : 'Not exported'
          }
          withCloseButton
          onClose={() => exporter.reset()}
        >
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {exporter.error.message}
          </Text>
        </Alert>
      )}
      {supersede.error && <Alert color="red">{supersede.error.message}</Alert>}
      <LetterChecks caseId={caseId} detail={detail} />
      {readOnly && <FrozenNotice caseId={caseId} detail={detail} />}

      <Grid gutter="md" align="flex-start">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="sm" aria-label="Sections">
            {!readOnly && (
              <Text size="xs" c="dimmed">
                Paragraphs are separated by a blank line and numbered; start one with “&gt; ” to leave it unnumbered.
                “## ” makes a subheading, “- ” a bullet, “a) ” a lettered item; **bold**, *italic*.
              </Text>
            )}
            {detail.letter.sections.map((section) => (
              <SectionEditor
                key={section.id}
                caseId={caseId}
                letterId={detail.id}
                section={section}
                updatedAt={detail.updatedAt}
                readOnly={readOnly}
                edit={edits[section.id]}
                onEdit={editHandlers[section.id]!}
              />
            ))}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }} style={{ position: 'sticky', top: PREVIEW_TOP }}>
          <Stack
            gap="xs"
            mah={`calc(100vh - ${PREVIEW_TOP + 16}px)`}
            style={{ overflowY: 'auto' }}
            tabIndex={0}
            role="region"
            aria-label="Preview"
          >
            {anonymise && remaining.length > 0 && (
              <Alert color="orange" title="Real names remain in the anonymised letter">
                <List size="sm">
                  {remaining.slice(0, 8).map((f, i) => (
                    <List.Item key={i}>
                      “{f.found}” in {f.where}:{' '}
                      <Text span c="dimmed" size="sm">
                        {f.excerpt}
                      </Text>
                    </List.Item>
                  ))}
                </List>
                {remaining.length > 8 && <Text size="sm">and {remaining.length - 8} more</Text>}
              </Alert>
            )}
            {anonymise && remaining.length === 0 && (
              <Text size="xs" c="green.8">
                Anonymised: no real name found in the letter.
              </Text>
            )}
            {anonymise && <PublicationCheck live={publication} onReview={() => setReviewOpen(true)} />}
            <LetterPreview
              letter={publication?.letter ?? anonymised ?? shown}
              label={anonymise ? 'Anonymised letter preview' : 'Letter preview'}
            />
          </Stack>
        </Grid.Col>
      </Grid>

      {reviewOpen && (
        <AnonymiseReviewModal
          caseId={caseId}
          target={{ kind: 'letter', letterId: detail.id }}
          what="the anonymised letter"
          version={detail.updatedAt}
          onClose={() => setReviewOpen(false)}
          exporting={exporter.isPending}
          onExport={
            unsaved
              ? undefined
              : (format) => {
                  setReviewOpen(false);
                  exporter.mutate(
                    { format, anonymise: true },
                    {
                      onSuccess: (result) => {
                        if (!result.cancelled)
                          notifications.show({ message: `Saved to ${result.path}`, color: 'green' });
                      },
                    },
                  );
                }
          }
        />
      )}
    </Stack>
  );
}

function FrozenNotice({ caseId, detail }: { caseId: string; detail: LetterDetail }) {
  return (
    <Alert color={detail.status === 'approved' ? 'green' : 'gray'} title={frozenTitle(detail)}>
      <Stack gap="xs">
        <Text size="sm">
          This letter is read-only.{' '}
          {detail.status === 'approved' ? (
            'To change it, supersede it with a new version.'
          ) : detail.supersededBy ? (
            <>
              It was superseded by{' '}
              <Anchor component={Link} to={`/cases/${caseId}/letters/${detail.supersededBy}`}>
                a newer version
              </Anchor>
              .
            </>
          ) : (
            'It was superseded by a newer version.'
          )}
        </Text>
        {detail.renditions.length > 0 && (
          <Table fz="sm" verticalSpacing={4} aria-label="Approved files">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>File</Table.Th>
                <Table.Th>Size</Table.Th>
                <Table.Th>SHA-256</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {detail.renditions.map((r) => (
                <Table.Tr key={r.format}>
                  <Table.Td>{r.format.toUpperCase()}</Table.Td>
                  <Table.Td>{(r.size / 1024).toFixed(1)} KB</Table.Td>
                  <Table.Td>
                    <Code style={{ wordBreak: 'break-all' }}>{r.sha256}</Code>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Alert>
  );
}

function frozenTitle(detail: LetterDetail): string {
  const at = detail.approvedAt ? ` on ${when(detail.approvedAt)}` : '';
  return detail.status === 'approved'
    ? `Approved${at} by ${detail.approvedBy ?? 'unknown'}`
    : `Superseded (approved${at})`;
}
