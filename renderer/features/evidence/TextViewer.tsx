// Documents without pages to draw (Word, email, plain text) and pictures' recognised text: the
// text read from each page, with the searched words marked; opens scrolled to the asked page.
import { useEffect, useRef } from 'react';
import { Paper, Stack, Text } from '@mantine/core';
import type { HighlightTerm } from '../search/search-terms';
import { HighlightedText } from './HighlightedText';
import { HIT_CLASS } from './mark-text-layer';
import type { PageText } from './viewer-types';

export function TextViewer({
  pages,
  page,
  terms,
  emptyMessage = 'No text could be read from this document.',
}: {
  pages: readonly PageText[];
  page: number | null;
  terms: readonly HighlightTerm[];
  emptyMessage?: string;
}) {
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const target =
      (page ? root.current?.querySelector(`[data-page="${page}"] mark.${HIT_CLASS}`) : null) ??
      (page ? root.current?.querySelector(`[data-page="${page}"]`) : null) ??
      root.current?.querySelector(`mark.${HIT_CLASS}`);
    target?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
  }, [page, pages, terms]);
  const withText = pages.filter((p) => p.text.trim());
  if (withText.length === 0)
    return (
      <Text c="dimmed" size="sm">
        {emptyMessage}
      </Text>
    );
  return (
    <Stack gap="sm" ref={root}>
      {withText.map((p) => (
        <Paper key={p.page} withBorder p="md" data-page={p.page} aria-label={`Page ${p.page}`} role="region">
          {pages.length > 1 && (
            <Text size="xs" c="dimmed" mb={4}>
              Page {p.page}
              {p.method === 'ocr' ? ' · read by OCR' : ''}
            </Text>
          )}
          <HighlightedText text={p.text} terms={terms} />
        </Paper>
      ))}
    </Stack>
  );
}
