// Beside the anonymised preview: the identifying details still to review in the letter as typed,
// counted live in the renderer (the same pure check the export runs, over the saved decisions),
// with the button that opens the review; and the letter with the replacements made, for the
// preview to show what will be published. The check (and its English model, a few megabytes) is
// loaded on first use, in a chunk of its own.
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { Alert, Button, Group, Text } from '@mantine/core';
import type { LetterParties } from '../../../shared/ipc/channels/letters';
import type { Letter } from '../../../shared/letters/model';
import type { PiiDecision, ReviewOutcome } from '../../../shared/letters/pii/review';
import { useAnonymiseReview } from './anonymise-queries';

/** The preview column is a scrolling flex column: this keeps its full height. */
const NO_SHRINK = { flexShrink: 0 } as const;

type Engine = typeof import('../../../shared/letters/pii/publication');

/** The live review of the letter as typed (null while the check loads, or when off). */
export function usePublicationReview(props: {
  caseId: string;
  letterId: string;
  letter: Letter;
  parties: LetterParties;
  version: string;
  enabled: boolean;
}): ReviewOutcome | null {
  const review = useAnonymiseReview(
    props.caseId,
    { kind: 'letter', letterId: props.letterId },
    props.enabled,
    props.version,
  );
  const decisions = useMemo(
    () => (review.data?.items ?? []).flatMap((i) => (i.decision ? [i.decision as PiiDecision] : [])),
    [review.data],
  );
  const [engine, setEngine] = useState<Engine | null>(null);
  useEffect(() => {
    if (!props.enabled) return;
    let mounted = true;
    void import('../../../shared/letters/pii/publication').then((m) => mounted && setEngine(m));
    return () => {
      mounted = false;
    };
  }, [props.enabled]);
  const letter = useDeferredValue(props.letter);
  return useMemo(
    () => (props.enabled ? (engine?.reviewForPublication(letter, props.parties, decisions) ?? null) : null),
    [props.enabled, engine, letter, props.parties, decisions],
  );
}

export function PublicationCheck({ live, onReview }: { live: ReviewOutcome | null; onReview: () => void }) {
  if (!live)
    return (
      <Text size="xs" c="dimmed">
        Looking for identifying details…
      </Text>
    );
  const count = live.unresolved.length;
  if (count === 0)
    return (
      <Group justify="space-between" gap="xs" style={NO_SHRINK}>
        <Text size="xs" c="green.8">
          No identifying details left to review{live.items.length > 0 ? ` (${live.items.length} resolved)` : ''}.
        </Text>
        {live.items.length > 0 && (
          <Button size="compact-xs" variant="subtle" onClick={onReview}>
            See the review
          </Button>
        )}
      </Group>
    );
  return (
    <Alert
      color="orange"
      style={NO_SHRINK}
      title={`${count} identifying detail${count === 1 ? '' : 's'} to review before publication`}
    >
      <Group justify="space-between" wrap="nowrap" align="flex-end">
        <Text size="sm">
          {live.unresolved
            .slice(0, 4)
            .map((i) => `“${i.text}”`)
            .join(', ')}
          {count > 4 ? ` and ${count - 4} more` : ''}
        </Text>
        <Button size="xs" onClick={onReview} style={NO_SHRINK}>
          Review details…
        </Button>
      </Group>
    </Alert>
  );
}
