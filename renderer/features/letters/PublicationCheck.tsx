// Beside the anonymised preview: the identifying details still to review in the letter as typed,
// counted live in the renderer (the same pure check the export runs, over the saved decisions),
// with the button that opens the review. The check (and its English model, a few megabytes) is
// loaded on first use, in a chunk of its own.
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { Alert, Button, Group, Text } from '@mantine/core';
import type { LetterParties } from '../../../shared/ipc/channels/letters';
import type { Letter } from '../../../shared/letters/model';
import type { PiiDecision } from '../../../shared/letters/pii/review';
import { useAnonymiseReview } from './anonymise-queries';

type Engine = typeof import('../../../shared/letters/pii/publication');

export function PublicationCheck(props: {
  caseId: string;
  letterId: string;
  letter: Letter;
  parties: LetterParties;
  version: string;
  onReview: () => void;
}) {
  const review = useAnonymiseReview(props.caseId, { kind: 'letter', letterId: props.letterId }, true, props.version);
  const decisions = useMemo(
    () => (review.data?.items ?? []).flatMap((i) => (i.decision ? [i.decision as PiiDecision] : [])),
    [review.data],
  );
  const [engine, setEngine] = useState<Engine | null>(null);
  useEffect(() => {
    let mounted = true;
    void import('../../../shared/letters/pii/publication').then((m) => mounted && setEngine(m));
    return () => {
      mounted = false;
    };
  }, []);
  const letter = useDeferredValue(props.letter);
  const live = useMemo(
    () => engine?.reviewForPublication(letter, props.parties, decisions) ?? null,
    [engine, letter, props.parties, decisions],
  );
  if (!live)
    return (
      <Text size="xs" c="dimmed">
        Looking for identifying details…
      </Text>
    );
  const count = live.unresolved.length;
  if (count === 0)
    return (
      <Group justify="space-between" gap="xs">
        <Text size="xs" c="green.8">
          No identifying details left to review{live.items.length > 0 ? ` (${live.items.length} resolved)` : ''}.
        </Text>
        {live.items.length > 0 && (
          <Button size="compact-xs" variant="subtle" onClick={props.onReview}>
            See the review
          </Button>
        )}
      </Group>
    );
  return (
    <Alert color="orange" title={`${count} identifying detail${count === 1 ? '' : 's'} to review before publication`}>
      <Group justify="space-between" wrap="nowrap" align="flex-end">
        <Text size="sm">
          {live.unresolved
            .slice(0, 4)
            .map((i) => `“${i.text}”`)
            .join(', ')}
          {count > 4 ? ` and ${count - 4} more` : ''}
        </Text>
        <Button size="xs" onClick={props.onReview}>
          Review details…
        </Button>
      </Group>
    </Alert>
  );
}
