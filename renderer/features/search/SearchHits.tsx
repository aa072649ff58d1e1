// Ranked search hits: each document with its page, the passage with the found words marked,
// and (across cases) which case it belongs to. A hit opens the viewer at that page.
import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { EvidenceSearchResultView } from '../../../shared/domain/evidence';
import { evidenceViewerLink } from './hit-link';

export function SearchHits({
  result,
  query,
  showCase,
}: {
  result: EvidenceSearchResultView;
  query: string;
  showCase: boolean;
}) {
  if (result.hits.length === 0)
    return (
      <Text c="dimmed" size="sm">
        Nothing found for {query}.
      </Text>
    );
  return (
    <Stack gap="xs" aria-label="Search results">
      <Text size="sm" c="dimmed">
        {result.hits.length === 1 ? '1 passage found' : `${result.hits.length} passages found`}, best first.
      </Text>
      {result.hits.map((hit, i) => {
        const to = evidenceViewerLink({ caseId: hit.caseId, evidenceId: hit.evidenceId, page: hit.page, query });
        return (
          <Paper key={`${hit.caseId}/${hit.evidenceId}/${hit.page ?? 'meta'}/${i}`} withBorder p="sm" role="article">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <div>
                <Anchor component={Link} to={to} fw={600}>
                  {hit.title}
                </Anchor>
                {showCase && (
                  <Text size="xs" c="dimmed">
                    Case: {hit.caseTitle}
                  </Text>
                )}
              </div>
              <Badge variant="light" color={hit.page === null ? 'gray' : 'indigo'} style={{ flexShrink: 0 }}>
                {hit.page === null ? 'In the details' : `Page ${hit.page}`}
              </Badge>
            </Group>
            <Text size="sm" mt={4} data-testid="snippet">
              {hit.snippet.map((part, k) =>
                part.highlight ? <mark key={k}>{part.text}</mark> : <span key={k}>{part.text}</span>,
              )}
            </Text>
          </Paper>
        );
      })}
    </Stack>
  );
}
