// Kills a real import process (SIGKILL) at chosen moments of a batch, then reopens the workspace
// and checks the recovery sweep left no orphan: no temp file, no stored file without its row,
// no row without its stored file, and every row with all its pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join, resolve } from 'node:path';
import {
  addCase,
  createTestWorkspace,
  storeFiles,
  type TestWorkspace,
} from '../../test/fixtures/evidence/test-workspace';
import { textPdf, wordsFor, writeFixture } from '../../test/fixtures/evidence/make-fixtures';

const CHILD = resolve(__dirname, '../../test/fixtures/evidence/import-batch-child.ts');
const VOCABULARY = [
  'aftercare',
  'section',
  'council',
  'trust',
  'review',
  'placement',
  'charges',
  'discharge',
  'plan',
  'needs',
];

interface ChildEvent {
  event: string;
  fileIndex?: number;
  phase?: string;
  pagesDone?: number;
  sha256?: string;
}

/** Runs the child until `killWhen` says so (then SIGKILLs it) or until it finishes. */
function runChild(
  ws: TestWorkspace,
  files: string[],
  killWhen: (e: ChildEvent) => boolean,
  pauseAfterRenameMs = 0,
): Promise<{ killed: boolean; events: ChildEvent[] }> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', CHILD, JSON.stringify({ dataDir: ws.dataDir, caseId: 'c1', files, pauseAfterRenameMs })],
      {
        cwd: resolve(__dirname, '../..'),
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const events: ChildEvent[] = [];
    let killed = false;
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const e = JSON.parse(line) as ChildEvent;
      events.push(e);
      if (!killed && killWhen(e)) {
        killed = child.kill('SIGKILL');
      }
    });
    child.on('error', fail);
    child.on('close', (code, signal) => {
      if (!killed && code !== 0) fail(new Error(`child exited ${code ?? signal}: ${stderr}`));
      else done({ killed, events });
    });
  });
}

async function assertNoOrphans(ws: TestWorkspace) {
  const files = storeFiles(ws.dataDir);
  expect(files.filter((f) => f.includes('.tmp-'))).toEqual([]);
  const rows = ws.db.prepare(`SELECT id, sha256, page_count FROM evidence`).all() as Array<{
    id: string;
    sha256: string;
    page_count: number;
  }>;
  const stored = files.map((f) => f.split('/')[1]!);
  expect(new Set(stored)).toEqual(new Set(rows.map((r) => r.sha256)));
  for (const r of rows) {
    // Stored encrypted; what it decrypts to is exactly the original.
    const stored = readFileSync(join(ws.dataDir, 'evidence', r.sha256.slice(0, 2), r.sha256));
    expect(createHash('sha256').update(stored).digest('hex')).not.toBe(r.sha256);
    const bytes = await ws.evidence.originalBySha(r.sha256)!.read();
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(r.sha256);
    const pages = ws.db.prepare(`SELECT count(*) FROM evidence_pages WHERE evidence_id = ?`).pluck().get(r.id);
    expect(pages).toBe(r.page_count);
  }
  const audited = ws.db.prepare(`SELECT count(*) FROM audit_log WHERE action = 'evidence.import'`).pluck().get();
  expect(audited).toBe(rows.length);
  expect(ws.db.prepare(`SELECT count(*) FROM evidence_page_spool`).pluck().get()).toBe(0);
}

describe('killing an import mid-batch', () => {
  let ws: TestWorkspace;
  let files: string[];
  beforeAll(async () => {
    ws = createTestWorkspace();
    addCase(ws.db, 'c1');
    files = [];
    for (let i = 0; i < 8; i++) {
      // File 3 is long, so a kill while it is being read lands while its temp copy exists.
      const pages = Array.from({ length: i === 3 ? 300 : 30 }, (_, p) => [
        wordsFor(i * 1000 + p + 1, 60, VOCABULARY).join(' '),
        `file ${i} page ${p + 1}`,
      ]);
      files.push(await writeFixture(ws.inputDir, `bundle-${i}.pdf`, await textPdf(pages)));
    }
  });
  afterAll(async () => {
    await ws.dispose();
  });

  it('between storing a file and committing its row: the stored file is swept on reopen', async () => {
    const run = await runChild(ws, files, (e) => e.event === 'renamed', 2000);
    expect(run.killed).toBe(true);
    const renamed = run.events.find((e) => e.event === 'renamed')!.sha256!;
    expect(storeFiles(ws.dataDir)).toContain(`${renamed.slice(0, 2)}/${renamed}`);
    ws.reopen();
    expect(ws.evidence.recovery.removedUnreferenced).toEqual([renamed]);
    await assertNoOrphans(ws);
    expect(ws.evidence.list('c1')).toHaveLength(0);
  });

  it('while reading a later file: what was committed stays, the rest leaves no trace', async () => {
    // Killed once some of file 3's pages are in the page spool.
    const run = await runChild(
      ws,
      files,
      (e) => e.event === 'progress' && e.fileIndex === 3 && e.phase === 'reading' && (e.pagesDone ?? 0) >= 20,
    );
    expect(run.killed).toBe(true);
    ws.reopen();
    // File 3's encrypted staged copy and its plaintext reading copy: both gone.
    expect(ws.evidence.recovery.removedTempFiles).toHaveLength(2);
    expect(ws.evidence.recovery.removedSpooledPages).toBeGreaterThanOrEqual(20);
    await assertNoOrphans(ws);
    expect(ws.evidence.list('c1').map((e) => e.originalName)).toEqual(['bundle-0.pdf', 'bundle-1.pdf', 'bundle-2.pdf']);
  });

  it('after recovery the same batch completes, reporting what was already there', async () => {
    const before = ws.evidence.list('c1').length;
    const run = await runChild(ws, files, () => false);
    expect(run.killed).toBe(false);
    const statuses = run.events.filter((e) => e.event === 'done');
    expect(statuses).toHaveLength(files.length);
    ws.reopen();
    await assertNoOrphans(ws);
    expect(ws.evidence.list('c1')).toHaveLength(files.length);
    expect(before).toBeLessThan(files.length);
  });
});
