// A passage of evidence text with the searched words marked, line breaks kept.
import { useMemo } from 'react';
import { Text } from '@mantine/core';
import { highlightParts, type HighlightTerm } from '../search/search-terms';
import { HIT_CLASS } from './mark-text-layer';

export function HighlightedText({ text, terms }: { text: string; terms: readonly HighlightTerm[] }) {
  const parts = useMemo(() => highlightParts(text, terms), [text, terms]);
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {parts.map((p, i) =>
        p.highlight ? (
          <mark key={i} className={HIT_CLASS}>
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </Text>
  );
}
