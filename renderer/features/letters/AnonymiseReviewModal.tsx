// The review before an anonymised export: every identifying detail the publication check found
// (NHS numbers, addresses, people not on the case…) with the text around it; the investigator
// replaces it everywhere (a suggestion is filled in) or keeps it with a reason. Decisions are
// saved and audited by the main process; export is offered once nothing is left to resolve.
import { useState } from 'react';
import { Alert, Badge, Button, Group, Mark, Modal, Paper, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import type { ReviewItemView } from '../../../shared/ipc/channels/anonymise';
import { useAnonymiseReview, useDecide, useUndoDecision, type ReviewTarget } from './anonymise-queries';
import { when } from './labels';

const STATUS = {
  unresolved: { label: 'To resolve', color: 'orange' },
  replaced: { label: 'Replaced', color: 'green' },
  kept: { label: 'Kept', color: 'blue' },
} as const;

export function AnonymiseReviewModal(props: {
  caseId: string;
  target: ReviewTarget;
  /** What is being published: "the anonymised letter", "the anonymised chronology". */
  what: string;
  version?: string;
  onClose: () => void;
  /** Offered when every detail is resolved. */
  onExport?: (format: 'pdf' | 'docx') => void;
  exporting?: boolean;
}) {
  const review = useAnonymiseReview(props.caseId, props.target, true, props.version);
  const view = review.data;
  const unresolved = view?.unresolved ?? 0;
  return (
    <Modal opened onClose={props.onClose} title="Review identifying details before publication" size="xl">
      <Stack>
        {review.error && <Alert color="red">{review.error.message}</Alert>}
        {view && view.realNames.length > 0 && (
          <Alert color="red" title="Real names remain">
            <Text size="sm">Edit the letter to remove them: {view.realNames.slice(0, 5).join('; ')}</Text>
          </Alert>
        )}
        {view && (
          <Alert color={unresolved > 0 ? 'orange' : 'green'} aria-live="polite">
            {unresolved > 0
              ? `${unresolved} of ${view.items.length} detail${view.items.length === 1 ? '' : 's'} to resolve before ${props.what} can be exported. A replacement is made everywhere the detail appears; a detail you keep needs a reason.`
              : view.items.length > 0
                ? `All ${view.items.length} detail${view.items.length === 1 ? '' : 's'} resolved: ${props.what} can be exported.`
                : `No identifying details found: ${props.what} can be exported.`}
          </Alert>
        )}
        <ScrollArea.Autosize mah="58vh" type="auto">
          <Stack gap="sm" aria-label="Identifying details">
            {view?.items.map((item) => (
              <ReviewItemCard key={item.key} caseId={props.caseId} target={props.target} item={item} />
            ))}
          </Stack>
        </ScrollArea.Autosize>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            Close
          </Button>
          {props.onExport &&
            (['pdf', 'docx'] as const).map((format) => (
              <Button
                key={format}
                disabled={!view || unresolved > 0 || view.realNames.length > 0}
                loading={props.exporting}
                onClick={() => props.onExport!(format)}
              >
                Export anonymised {format.toUpperCase()}
              </Button>
            ))}
        </Group>
      </Stack>
    </Modal>
  );
}

/** The excerpt with the detail marked. */
function Excerpt({ excerpt, text }: { excerpt: string; text: string }) {
  const at = excerpt.indexOf(text);
  if (at < 0) return <>{excerpt}</>;
  return (
    <>
      {excerpt.slice(0, at)}
      <Mark>{text}</Mark>
      {excerpt.slice(at + text.length)}
    </>
  );
}

function ReviewItemCard({ caseId, target, item }: { caseId: string; target: ReviewTarget; item: ReviewItemView }) {
  const [replacement, setReplacement] = useState(item.suggestion);
  const [reason, setReason] = useState('');
  const decide = useDecide(caseId, target);
  const undo = useUndoDecision(caseId, target);
  const status = STATUS[item.status];
  const base = { text: item.text, kind: item.kind };
  return (
    <Paper withBorder p="sm" role="group" aria-label={`${item.kindLabel} ${item.text}`}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Group gap="xs">
            <Badge variant="light" color="gray">
              {item.kindLabel}
              {item.certainty === 'possible' ? ' (possible)' : ''}
            </Badge>
            <Text fw={600} size="sm">
              {item.text}
            </Text>
          </Group>
          <Badge color={status.color}>{status.label}</Badge>
        </Group>
        {item.occurrences.slice(0, 3).map((o, i) => (
          <Text key={i} size="sm">
            <Text span c="dimmed" size="xs">
              {o.where}:{' '}
            </Text>
            <Excerpt excerpt={o.excerpt} text={item.text} />
          </Text>
        ))}
        {item.occurrences.length > 3 && (
          <Text size="xs" c="dimmed">
            and {item.occurrences.length - 3} more places
          </Text>
        )}
        {item.decision ? (
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">
              {item.decision.action === 'replace'
                ? `Replaced with “${item.decision.replacement}”`
                : `Kept: ${item.decision.reason}`}
              <Text span c="dimmed" size="xs">
                {' '}
                · {item.decision.decidedBy}, {when(item.decision.decidedAt)}
              </Text>
            </Text>
            <Button size="xs" variant="subtle" loading={undo.isPending} onClick={() => undo.mutate(item.text)}>
              Change
            </Button>
          </Group>
        ) : (
          <Group gap="xs" align="flex-end" wrap="wrap">
            <TextInput
              size="xs"
              label="Replace with"
              value={replacement}
              onChange={(e) => setReplacement(e.currentTarget.value)}
              style={{ flex: '1 1 12rem' }}
            />
            <Button
              size="xs"
              loading={decide.isPending && decide.variables?.[0]?.action === 'replace'}
              onClick={() => decide.mutate([{ ...base, action: 'replace', replacement }])}
            >
              Replace
            </Button>
            <TextInput
              size="xs"
              label="Or keep it, because"
              placeholder="e.g. already public"
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              style={{ flex: '1 1 12rem' }}
            />
            <Button
              size="xs"
              variant="default"
              disabled={!reason.trim()}
              loading={decide.isPending && decide.variables?.[0]?.action === 'keep'}
              onClick={() => decide.mutate([{ ...base, action: 'keep', reason }])}
            >
              Keep
            </Button>
          </Group>
        )}
        {(decide.error || undo.error) && (
          <Text size="sm" c="red">
            {(decide.error ?? undo.error)!.message}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
