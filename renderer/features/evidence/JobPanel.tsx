// One long job as the investigator follows it: overall and per-file progress bars, what is
// happening now and a Cancel button while it runs; then each file's outcome (imported, already
// imported, failed and why) or the OCR run's result, with the evidence list refreshed.
import { useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Badge, Button, CloseButton, Group, List, Paper, Progress, Stack, Text } from '@mantine/core';
import { z } from 'zod';
import { importOutcomeSchema, type ImportOutcomeView } from '../../../shared/domain/evidence';
import type { JobStatus } from '../../../shared/domain/job';
import { forgetJob, type TrackedJob } from './active-jobs';
import { evidenceKeys, useCancelJob, useJobStatus, useRefreshEvidence } from './queries';

const importResultSchema = z.object({
  outcomes: z.array(importOutcomeSchema),
  imported: z.number(),
  duplicates: z.number(),
  failed: z.number(),
  cancelled: z.number(),
});

const OUTCOME_BADGES: Record<ImportOutcomeView['status'], { label: string; color: string }> = {
  imported: { label: 'Imported', color: 'teal' },
  duplicate: { label: 'Already imported', color: 'blue' },
  failed: { label: 'Failed', color: 'red' },
  cancelled: { label: 'Not imported', color: 'gray' },
};

const ITEM_COLORS: Record<JobStatus['progress']['items'][number]['state'], string> = {
  waiting: 'gray',
  working: 'indigo',
  done: 'teal',
  failed: 'red',
};

const percent = (fraction: number) => Math.round(Math.max(0, Math.min(1, fraction)) * 100);

function plural(n: number, one: string, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

export function JobPanel({ job, hideWhenFinished = false }: { job: TrackedJob; hideWhenFinished?: boolean }) {
  const status = useJobStatus(job.jobId);
  const cancel = useCancelJob();
  const refresh = useRefreshEvidence(job.caseId);
  const state = status.data?.state;
  const refreshedFor = useRef<string | null>(null);
  const client = useQueryClient();
  const filesDone = status.data?.progress.items.filter((i) => i.state === 'done' || i.state === 'failed').length ?? 0;

  useEffect(() => {
    // Each file is stored as it finishes: show it in the list without waiting for the batch.
    if (filesDone > 0 && job.kind === 'import')
      void client.invalidateQueries({ queryKey: evidenceKeys.list(job.caseId) });
  }, [filesDone, job.kind, job.caseId, client]);

  useEffect(() => {
    // Once a job ends, what it changed shows in the list (once per job, not on every render).
    if (state && state !== 'running' && refreshedFor.current !== job.jobId) {
      refreshedFor.current = job.jobId;
      refresh();
    }
  }, [state, job.jobId, refresh]);

  if (hideWhenFinished && state && state !== 'running') return null;
  const label = `${job.label}${state === 'running' ? '' : state === 'done' ? ': finished' : state === 'cancelled' ? ': cancelled' : state === 'failed' ? ': failed' : ''}`;
  return (
    <Paper withBorder p="md" aria-label={job.label} role="region">
      <Group justify="space-between" mb="xs">
        <Text fw={600}>{label}</Text>
        {state === 'running' ? (
          <Button
            size="xs"
            variant="default"
            color="red"
            loading={cancel.isPending}
            onClick={() => cancel.mutate(job.jobId)}
          >
            Cancel
          </Button>
        ) : (
          <CloseButton aria-label={`Dismiss ${job.label}`} onClick={() => forgetJob(job.jobId)} />
        )}
      </Group>
      {status.error && <Alert color="red">{status.error.message}</Alert>}
      {status.data && <JobBody job={job} status={status.data} />}
    </Paper>
  );
}

function JobBody({ job, status }: { job: TrackedJob; status: JobStatus }) {
  const { progress } = status;
  if (status.state === 'running') {
    return (
      <Stack gap="xs">
        <Progress.Root size="lg">
          <Progress.Section
            value={percent(progress.fraction)}
            animated
            aria-label={`Overall progress: ${percent(progress.fraction)}%`}
          >
            <Progress.Label>{percent(progress.fraction)}%</Progress.Label>
          </Progress.Section>
        </Progress.Root>
        <Text size="sm" c="dimmed" aria-live="polite">
          {progress.message || 'Starting…'}
        </Text>
        {progress.items.length > 1 && <ItemBars items={progress.items} />}
      </Stack>
    );
  }
  if (status.state === 'failed') return <Alert color="red">{status.error ?? 'The job stopped with an error.'}</Alert>;
  if (job.kind === 'import') {
    const result = importResultSchema.safeParse(status.result);
    if (!result.success) return <Text size="sm">{progress.message}</Text>;
    const r = result.data;
    return (
      <Stack gap="xs">
        <Text size="sm">
          {[
            r.imported || r.outcomes.length === r.imported ? plural(r.imported, 'file') + ' imported' : null,
            r.duplicates ? `${r.duplicates} already imported` : null,
            r.failed ? `${r.failed} failed` : null,
            r.cancelled ? `${r.cancelled} not imported (cancelled)` : null,
          ]
            .filter(Boolean)
            .join(', ')}
          .
        </Text>
        <List spacing={4} size="sm" listStyleType="none" aria-label="Import outcomes">
          {r.outcomes.map((o, i) => (
            <List.Item key={i}>
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <Badge variant="light" color={OUTCOME_BADGES[o.status].color} style={{ flexShrink: 0 }}>
                  {OUTCOME_BADGES[o.status].label}
                </Badge>
                <Text size="sm">{o.message}</Text>
              </Group>
            </List.Item>
          ))}
        </List>
      </Stack>
    );
  }
  return (
    <Text size="sm">
      {status.state === 'cancelled'
        ? 'OCR was cancelled: the text already stored was kept.'
        : 'OCR finished: the recognised text is now searchable.'}
    </Text>
  );
}

function ItemBars({ items }: { items: JobStatus['progress']['items'] }) {
  return (
    <Stack gap={4} aria-label="Progress per file">
      {items.map((item, i) => (
        <Group key={i} gap="xs" wrap="nowrap">
          <Text size="xs" w={220} truncate="end" title={item.label}>
            {item.label}
          </Text>
          <Progress
            value={percent(item.fraction)}
            color={ITEM_COLORS[item.state]}
            style={{ flex: 1 }}
            aria-label={`${item.label}: ${percent(item.fraction)}%`}
          />
          <Text size="xs" c="dimmed" w={60}>
            {item.state === 'waiting' ? 'waiting' : item.state === 'failed' ? 'failed' : `${percent(item.fraction)}%`}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
