// Evidence through the contract: an import runs as a job the renderer can follow and cancel;
// its outcome names each file; the text is searchable with the page number.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkspace, sampleDraft, type TestWorkspace } from '../support/workspace';
import type { JobStatus } from '../../shared/domain/job';

let ws: TestWorkspace;
let dir: string;
let caseId: string;

async function call<T>(channel: string, payload: unknown): Promise<T> {
  const result = await ws.handlers.invoke(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

async function finish(jobId: string): Promise<JobStatus> {
  for (;;) {
    const status = await call<JobStatus>('jobs.status', { jobId });
    if (status.state !== 'running') return status;
    await new Promise((r) => setTimeout(r, 20));
  }
}

beforeAll(async () => {
  ws = makeWorkspace();
  dir = mkdtempSync(join(tmpdir(), 's117-evidence-ch-'));
  caseId = (await call<{ id: string }>('cases.create', { draft: sampleDraft() })).id;
});
afterAll(() => {
  ws.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('evidence channels', () => {
  it('import a batch as a job, past a bad file, and report each file in words', async () => {
    const good = join(dir, 'review-note.txt');
    writeFileSync(good, 'The six week review was never booked for Ms Jones.\n');
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const started = await call<{ cancelled: false; jobId: string }>('evidence.import', {
      caseId,
      paths: [good, empty],
    });
    const status = await finish(started.jobId);
    expect(status.state).toBe('done');
    const outcomes = (status.result as { outcomes: Array<{ status: string; message: string }> }).outcomes;
    expect(outcomes.map((o) => o.status)).toEqual(['imported', 'failed']);
    expect(outcomes[1]?.message).toContain('empty.txt');
    expect(status.progress.items.map((i) => i.state)).toEqual(['done', 'failed']);

    const list = await call<Array<{ title: string }>>('evidence.list', { caseId });
    expect(list).toHaveLength(1);
    const found = await call<{
      hits: Array<{ page: number | null; snippet: Array<{ text: string; highlight: boolean }> }>;
    }>('evidence.search', { query: '"six week review"', caseId });
    expect(found.hits[0]?.page).toBe(1);
    expect(
      found.hits[0]?.snippet
        .filter((s) => s.highlight)
        .map((s) => s.text.toLowerCase())
        .join(' '),
    ).toContain('review');
  });

  it('finds an item by its details and shows them in words, not stored JSON', async () => {
    const [item] = await call<Array<{ id: string }>>('evidence.list', { caseId });
    await call('evidence.update', { caseId, evidenceId: item!.id, patch: { tags: ['placement', 'care plan'] } });
    const found = await call<{ hits: Array<{ page: number | null; snippet: Array<{ text: string }> }> }>(
      'evidence.search',
      {
        query: 'placement',
        caseId,
      },
    );
    const details = found.hits.find((h) => h.page === null);
    const text = details!.snippet.map((s) => s.text).join('');
    expect(text).toContain('placement, care plan');
    expect(text).not.toMatch(/[[\]"]/);
  });

  it('with no paths asks the host, and a cancelled dialog imports nothing', async () => {
    expect(await call('evidence.import', { caseId })).toEqual({ cancelled: true });
  });

  it('answers an unknown job with not_found', async () => {
    const result = await ws.handlers.invoke('jobs.status', { jobId: 'nope' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
