// One document: its details (with Edit details… and Re-run OCR…), an email's headers and
// attachments, notes from text extraction, and the document itself in the viewer that suits
// it, at the page in the address (?page=) with the searched words (?q=) marked. Words selected
// in it can start a chronology event.
import { useMemo, useRef } from 'react';
import { Alert, Anchor, Badge, Group, List, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { CaseDetail } from '../../../shared/domain/case';
import type { EvidenceDetailView } from '../../../shared/domain/evidence';
import { formatLongDate } from '../../../shared/dates/calendar-date';
import { highlightTerms } from '../search/search-terms';
import { evidenceViewerLink } from '../search/hit-link';
import { chronologyLinkFor } from './chronology-link';
import { EmailHeaders } from './EmailHeaders';
import { EvidenceDetailsButton } from './EvidenceDetailsModal';
import { formatBytes, formatImportedAt, TYPE_LABELS, viewerKind } from './evidence-format';
import { ImageViewer } from './ImageViewer';
import { PdfViewer } from './PdfViewer';
import { useEvidence, useEvidencePages } from './queries';
import { RerunOcrButton } from './RerunOcrButton';
import { ShaCopy } from './ShaCopy';
import { TextMethodBadge } from './TextMethodBadge';
import { TextViewer } from './TextViewer';
import { useTextSelection } from './use-text-selection';
import { ViewerToolbar } from './ViewerToolbar';

export function EvidenceViewerPage({ caseDetail, evidenceId }: { caseDetail: CaseDetail; evidenceId: string }) {
  const caseId = caseDetail.id;
  const detail = useEvidence(caseId, evidenceId);
  const pages = useEvidencePages(caseId, evidenceId);
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const query = params.get('q') ?? '';
  const terms = useMemo(() => highlightTerms(query), [query]);
  const askedPage = Number(params.get('page') ?? '');
  const viewerRef = useRef<HTMLDivElement>(null);
  const selection = useTextSelection(viewerRef);

  if (detail.error) return <Alert color="red">{detail.error.message}</Alert>;
  if (!detail.data) return <Loader />;
  const item = detail.data;
  const pageCount = Math.max(1, item.pageCount);
  const page = Number.isInteger(askedPage) && askedPage >= 1 ? Math.min(askedPage, pageCount) : 1;
  const setPage = (n: number) =>
    setParams(
      (prev) => {
        const out = new URLSearchParams(prev);
        out.set('page', String(n));
        return out;
      },
      { replace: true },
    );
  const addToChronology = () => {
    if (!selection) return;
    navigate(chronologyLinkFor({ caseId, evidenceId, page: selection.page ?? page, quote: selection.text }));
  };
  const kind = viewerKind(item.type);
  const pageTexts = pages.data ?? [];

  return (
    <Stack>
      <Anchor component={Link} to={`/cases/${caseId}/evidence${query ? `?q=${encodeURIComponent(query)}` : ''}`}>
        ‹ All evidence{query ? ' and the search' : ''}
      </Anchor>
      <EvidenceSummary caseDetail={caseDetail} item={item} />
      {item.extractionNotes.length > 0 && (
        <Alert color="yellow" title="Reading the text">
          <List size="sm">
            {item.extractionNotes.map((note, i) => (
              <List.Item key={i}>{note}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {item.email && <EmailHeaders email={item.email} />}
      {item.children.length > 0 && (
        <Paper withBorder p="sm">
          <Text fw={600} size="sm" mb={4}>
            Attachments
          </Text>
          <List size="sm">
            {item.children.map((child) => (
              <List.Item key={child.id}>
                <Anchor component={Link} to={evidenceViewerLink({ caseId, evidenceId: child.id, query })}>
                  {child.title}
                </Anchor>{' '}
                <Text span size="xs" c="dimmed">
                  {TYPE_LABELS[child.type]} · {formatBytes(child.size)}
                </Text>
              </List.Item>
            ))}
          </List>
        </Paper>
      )}
      {pages.error && <Alert color="red">{pages.error.message}</Alert>}
      <div ref={viewerRef} aria-label="Document" role="region">
        {kind === 'pdf' ? (
          <PdfViewer
            sha256={item.sha256}
            title={item.title}
            page={page}
            onPage={setPage}
            pages={pageTexts}
            terms={terms}
            onAddToChronology={addToChronology}
            selection={!!selection}
          />
        ) : (
          <Stack gap="sm">
            <ViewerToolbar
              page={page}
              pageCount={pageCount}
              onPage={setPage}
              pageMethod={null}
              onAddToChronology={addToChronology}
              selection={!!selection}
            />
            {!pages.data ? (
              <Loader />
            ) : kind === 'image' || kind === 'tiff' ? (
              <ImageViewer
                sha256={item.sha256}
                title={item.title}
                tiff={kind === 'tiff'}
                pages={pageTexts}
                terms={terms}
              />
            ) : (
              <TextViewer pages={pageTexts} page={page} terms={terms} />
            )}
          </Stack>
        )}
      </div>
    </Stack>
  );
}

function EvidenceSummary({ caseDetail, item }: { caseDetail: CaseDetail; item: EvidenceDetailView }) {
  const org = caseDetail.organisations.find((o) => o.id === item.authorOrg);
  const facts: Array<[string, string]> = [
    ['Dated', item.documentDate ? formatLongDate(item.documentDate) : 'not recorded'],
    ['Author', org?.name ?? 'not recorded'],
    ['Pages', String(item.pageCount)],
    ['Size', formatBytes(item.size)],
    ['Imported', `${formatImportedAt(item.importedAt)} by ${item.importedBy}`],
    ['File', item.originalName],
  ];
  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Title order={3}>{item.title}</Title>
            <Badge variant="outline" color="gray" tt="none">
              {item.id}
            </Badge>
            <Badge variant="light">{TYPE_LABELS[item.type]}</Badge>
            <TextMethodBadge method={item.textMethod} />
          </Group>
          <Group gap="xs" mt={4} style={{ columnGap: 'var(--mantine-spacing-lg)' }}>
            {facts.map(([label, value]) => (
              <Text key={label} size="sm">
                <Text span size="xs" c="dimmed">
                  {label}{' '}
                </Text>
                <span>{value}</span>
              </Text>
            ))}
            <Group gap={6} wrap="nowrap">
              <Text size="xs" c="dimmed">
                SHA-256
              </Text>
              <ShaCopy sha256={item.sha256} />
            </Group>
          </Group>
          {item.tags.length > 0 && (
            <Group gap={4} mt="xs">
              {item.tags.map((t) => (
                <Badge key={t} size="sm" variant="outline" color="gray">
                  {t}
                </Badge>
              ))}
            </Group>
          )}
          {item.notes && (
            <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
              {item.notes}
            </Text>
          )}
        </div>
        <Group gap="xs" wrap="nowrap">
          <EvidenceDetailsButton caseDetail={caseDetail} item={item} />
          {(item.type === 'pdf' || item.type === 'png' || item.type === 'jpeg' || item.type === 'tiff') && (
            <RerunOcrButton caseId={caseDetail.id} item={item} />
          )}
        </Group>
      </Group>
    </Paper>
  );
}
