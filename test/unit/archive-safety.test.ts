// Case archives that try to hurt: each is refused with one message naming the archive and the
// reason, nothing reaches the workspace (no row, no stored file), and a zip bomb is stopped at
// the limit without the import's memory growing with it. A kill -9 in the middle of an export
// leaves no file where the user asked for one.
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { Zip, ZipDeflate, ZipPassThrough, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkspace, tableCounts, type TestWorkspace } from '../support/workspace';
import { storeFiles } from '../fixtures/evidence/test-workspace';

const CAP = 32 * 1024 * 1024;
let ws: TestWorkspace;
let dir: string;
let archive: string;
let caseId: string;

beforeAll(async () => {
  ws = makeWorkspace({ archiveLimits: { maxEntries: 100, maxTotalBytes: CAP } });
  dir = mkdtempSync(join(tmpdir(), 's117-archive-safety-'));
  writeFileSync(join(dir, 'note.txt'), 'Care plan note: S117 entitlement recorded.\n');
  writeFileSync(
    join(dir, 'case.s117.json'),
    JSON.stringify({
      format: 's117-case',
      version: 1,
      case: { title: 'Archive me', received: '2022-02-02' },
      people: [{ id: 'p1', role: 'aggrieved', name: 'Ada Example' }],
      organisations: [],
      events: [],
      evidence: [{ id: 'n', file: 'note.txt', title: 'Note' }],
    }),
  );
  caseId = (await ws.services.caseFiles.importFromPath(join(dir, 'case.s117.json'))).caseDetail.id;
  archive = join(dir, 'handover.s117case');
  await ws.services.archives.exportArchive(caseId, archive);
});
afterAll(() => {
  ws.dispose();
  rmSync(dir, { recursive: true, force: true });
});

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const newPath = () => join(dir, `spoiled-${randomBytes(4).toString('hex')}.s117case`);

/** The archive's entries with `mutate` applied and the manifest brought into line (a careful forger). */
function forged(mutate: (entries: Record<string, Uint8Array>) => void, fixManifest = true): string {
  const entries = unzipSync(readFileSync(archive));
  mutate(entries);
  if (fixManifest) {
    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as {
      files: Array<{ path: string; sha256: string; size: number }>;
    };
    manifest.files = Object.entries(entries)
      .filter(([name]) => name !== 'manifest.json')
      .map(([path, bytes]) => ({ path, sha256: sha(bytes), size: bytes.byteLength }));
    entries['manifest.json'] = new TextEncoder().encode(JSON.stringify(manifest));
  }
  const path = newPath();
  writeFileSync(path, zipSync(entries));
  return path;
}

/** Writes a zip entry by entry, so names may repeat and sizes may be huge, without holding it. */
async function streamZip(
  path: string,
  entries: Array<{ name: string; chunks: () => Iterable<Uint8Array>; store?: boolean }>,
) {
  const out: Uint8Array[] = [];
  const zip = new Zip((err, data) => {
    if (err) throw err;
    out.push(data);
  });
  for (const e of entries) {
    const file = e.store ? new ZipPassThrough(e.name) : new ZipDeflate(e.name, { level: 1 });
    zip.add(file);
    for (const chunk of e.chunks()) file.push(chunk);
    file.push(new Uint8Array(0), true);
  }
  zip.end();
  writeFileSync(path, Buffer.concat(out));
}

const workingFolders = () =>
  readdirSync(tmpdir())
    .filter((n) => n.startsWith('s117-archive-in-'))
    .sort();

async function expectRefused(path: string, message: RegExp) {
  const before = tableCounts(ws.services);
  const files = storeFiles(ws.dir);
  const folders = workingFolders();
  const result = await ws.handlers.invoke('archive.import', { path });
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.error.message).toMatch(message);
    expect(result.error.message.split('\n')).toHaveLength(1);
  }
  expect(tableCounts(ws.services)).toEqual(before);
  expect(storeFiles(ws.dir)).toEqual(files);
  // The private working folder the archive was unpacked into is gone too.
  expect(workingFolders()).toEqual(folders);
}

describe('an archive import refuses, writing nothing,', () => {
  it('an entry that climbs out of the folder (zip slip), even when the manifest lists it', async () => {
    await expectRefused(
      forged((e) => (e['evidence/../../escaped.txt'] = new TextEncoder().encode('x'))),
      /“evidence\/\.\.\/\.\.\/escaped\.txt” would be written outside the case folder/,
    );
  });

  it('an absolute path', async () => {
    await expectRefused(
      forged((e) => (e['/tmp/s117-absolute.txt'] = new TextEncoder().encode('x'))),
      /“\/tmp\/s117-absolute\.txt” would be written outside/,
    );
    expect(existsSync('/tmp/s117-absolute.txt')).toBe(false);
  });

  it('the same name twice', async () => {
    const entries = unzipSync(readFileSync(archive));
    const path = newPath();
    await streamZip(path, [
      ...Object.entries(entries).map(([name, bytes]) => ({ name, chunks: () => [bytes] })),
      { name: 'case.s117.json', chunks: () => [new TextEncoder().encode('{"changed": true}')] },
    ]);
    await expectRefused(path, /holds “case\.s117\.json” twice/);
  });

  it('an entry the manifest does not list', async () => {
    await expectRefused(
      forged((e) => (e['evidence/extra.txt'] = new TextEncoder().encode('?')), false),
      /“evidence\/extra\.txt” is not in its manifest/,
    );
  });

  it('an original whose bytes do not match its hash', async () => {
    await expectRefused(
      forged((e) => {
        const name = Object.keys(e).find((n) => n.startsWith('evidence/'))!;
        e[name] = new TextEncoder().encode('Care plan note: S117 entitlement REMOVED.\n');
      }, false),
      /evidence\/.*(bytes|SHA-256)/,
    );
  });

  it('a truncated archive, wherever it is cut', async () => {
    const bytes = readFileSync(archive);
    for (const fraction of [0.3, 0.6, 0.97]) {
      const path = newPath();
      writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length * fraction)));
      await expectRefused(path, /not a complete case archive/);
    }
  });

  it('more entries than the limit', async () => {
    const path = newPath();
    await streamZip(
      path,
      Array.from({ length: 150 }, (_, i) => ({ name: `evidence/x${i}.txt`, chunks: () => [new Uint8Array([i])] })),
    );
    await expectRefused(path, /more than 100 entries/);
  });

  it('a zip bomb: about 1 MB that expands past the limit, stopped there, in bounded memory', async () => {
    const path = newPath();
    const zeros = new Uint8Array(1024 * 1024);
    await streamZip(path, [
      {
        name: 'evidence/n/bomb.txt',
        chunks: function* () {
          for (let i = 0; i < 1024; i++) yield zeros; // 1 GB of zeros
        },
      },
    ]);
    const size = readFileSync(path).byteLength;
    expect(size).toBeLessThan(1.5 * 1024 * 1024);
    global.gc?.();
    const before = process.memoryUsage();
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    try {
      await expectRefused(path, /expands to more than 32 MB/);
    } finally {
      clearInterval(sampler);
    }
    peak = Math.max(peak, process.memoryUsage().rss);
    expect(peak - before.rss).toBeLessThan(96 * 1024 * 1024);
  }, 120_000);
});

describe('an archive export', () => {
  it('killed with SIGKILL in the middle leaves no file at the target', async () => {
    // 48 MB of text that does not compress much: long enough to kill the export mid-way.
    const big = join(dir, 'scan.txt');
    writeFileSync(big, randomBytes(24 * 1024 * 1024).toString('hex'));
    const bigCase = join(dir, 'big.s117.json');
    writeFileSync(
      bigCase,
      JSON.stringify({
        format: 's117-case',
        version: 1,
        case: { title: 'Big', received: '2022-02-02' },
        people: [],
        organisations: [],
        events: [],
        evidence: [{ id: 'b', file: 'scan.txt', title: 'Scan' }],
      }),
    );
    const imported = await ws.services.caseFiles.importFromPath(bigCase);
    const target = join(dir, 'out', 'killed.s117case');
    const events: string[] = [];
    const killed = await new Promise<boolean>((done, fail) => {
      const child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          resolve(import.meta.dirname, '../fixtures/archive/export-child.ts'),
          JSON.stringify({ dataDir: ws.dir, caseId: imported.caseDetail.id, target }),
        ],
        { cwd: resolve(import.meta.dirname, '../..'), stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let stderr = '';
      let sent = false;
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      createInterface({ input: child.stdout }).on('line', (line) => {
        const e = JSON.parse(line) as { event: string; fraction?: number };
        events.push(e.event);
        if (!sent && e.event === 'progress' && (e.fraction ?? 0) > 0.2) sent = child.kill('SIGKILL');
      });
      child.on('error', fail);
      child.on('close', (code) => (sent ? done(true) : code === 0 ? done(false) : fail(new Error(stderr))));
    });
    expect(killed).toBe(true);
    expect(events).not.toContain('finished');
    expect(existsSync(target)).toBe(false);
  }, 120_000);
});

describe('importing an archive of a case already here', () => {
  it('asks first: declined, nothing is imported; accepted, it arrives as a second case', async () => {
    const folder = mkdtempSync(join(dir, 'known-'));
    writeFileSync(
      join(folder, 'known.s117.json'),
      JSON.stringify({
        format: 's117-case',
        version: 1,
        case: { title: 'Known case', received: '2022-02-02', reference: '21 000 321' },
        people: [],
        organisations: [],
        events: [],
      }),
    );
    const known = (await ws.services.caseFiles.importFromPath(join(folder, 'known.s117.json'))).caseDetail;
    const path = join(folder, 'known.s117case');
    await ws.services.archives.exportArchive(known.id, path);
    const before = tableCounts(ws.services);

    ws.host.answers.confirm.push(false);
    const declined = await ws.handlers.invoke('archive.import', { path });
    expect(declined).toEqual({ ok: true, value: { cancelled: true } });
    expect(ws.host.asked.at(-1)).toMatch(
      /known\.s117case: the case 21 000 321 \(“Known case”\) is already in this workspace\. Import it again as a new case/,
    );
    expect(tableCounts(ws.services)).toEqual(before);

    ws.host.answers.confirm.push(true);
    const accepted = await ws.handlers.invoke('archive.import', { path });
    expect(accepted).toMatchObject({ ok: true, value: { cancelled: false } });
    expect(ws.services.cases.list({ search: '21 000 321' })).toHaveLength(2);
  });
});

describe('an archive export followed by its job id', () => {
  it('reports progress and, cancelled, stops with no file at the target and no temporary file beside it', async () => {
    const folder = mkdtempSync(join(dir, 'cancel-'));
    writeFileSync(join(folder, 'long.txt'), randomBytes(12 * 1024 * 1024).toString('hex'));
    writeFileSync(
      join(folder, 'long.s117.json'),
      JSON.stringify({
        format: 's117-case',
        version: 1,
        case: { title: 'Long', received: '2022-02-02' },
        people: [],
        organisations: [],
        events: [],
        evidence: [{ id: 'l', file: 'long.txt', title: 'Long' }],
      }),
    );
    const long = (await ws.services.caseFiles.importFromPath(join(folder, 'long.s117.json'))).caseDetail;
    const target = join(folder, 'out', 'cancelled.s117case');
    const jobId = '6f1b3c7e-0d4a-4e8b-9a55-1c2d3e4f5a6b';
    const exporting = ws.handlers.invoke('archive.export', { caseId: long.id, path: target, jobId });
    type Seen = { state: string; progress: { fraction: number } };
    const look = async (): Promise<Seen | null> => {
      const status = await ws.handlers.invoke('jobs.status', { jobId });
      return status.ok ? (status.value as Seen) : null;
    };
    let seen = await look();
    for (let i = 0; i < 2000 && !(seen?.state === 'running' && seen.progress.fraction > 0); i++) {
      await new Promise((r) => setTimeout(r, 1));
      seen = await look();
    }
    expect(seen?.state).toBe('running');
    expect(seen?.progress.fraction).toBeGreaterThan(0);
    await ws.handlers.invoke('jobs.cancel', { jobId });
    const result = await exporting;
    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(existsSync(target)).toBe(false);
    expect(existsSync(join(folder, 'out')) ? readdirSync(join(folder, 'out')) : []).toEqual([]);
    const status = await ws.handlers.invoke('jobs.status', { jobId });
    expect(status).toMatchObject({ ok: true, value: { state: 'cancelled' } });
  }, 60_000);
});
