// Encryption at rest, as someone holding the laptop's disk would find it: the workspace database
// has no SQLite header and `strings` finds no case text in it or in the evidence folder; without
// the key (or with the wrong passphrase) nothing opens and nothing is written; a workspace from
// before encryption is encrypted on first open, with a backup, and reads back the same; a
// workspace folder copied to another computer opens there with its passphrase.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../electron/services';
import { runCli } from '../../electron/cli/main';
import { KEY_FILE_NAME } from '../../electron/crypto/workspace-key';
import { isEncryptedHeader } from '../../electron/crypto/evidence-cipher';
import { testKeys } from '../support/test-keys';
import { caseDraftSchema } from '../../shared/domain/case';

const SECRET_TITLE = 'Zanzibar-aftercare-refused';
const SECRET_NAME = 'Philomena Quartermaine';
const SECRET_EVIDENCE = 'Xylophone clozapine review never happened';

let dir: string;
let dataDir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 's117-encrypt-'));
  dataDir = join(dir, 'workspace');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function fillWorkspace(services: Services): Promise<{ caseId: string; evidenceId: string }> {
  const created = services.cases.create(
    caseDraftSchema.parse({
      title: SECRET_TITLE,
      received: '2021-03-04',
      stage: 'investigation',
      people: [{ role: 'aggrieved', name: SECRET_NAME }],
      organisations: [],
    }),
  );
  const note = join(dir, 'note.txt');
  writeFileSync(note, `${SECRET_EVIDENCE}\n`.repeat(200));
  const job = await services.evidence.importFiles({ caseId: created.id, files: [note] });
  expect(job.imported).toBe(1);
  return { caseId: created.id, evidenceId: job.outcomes[0]!.evidenceId! };
}

/** Every file in the folder with the hash of its bytes: to show that nothing was written. */
function folderState(folder: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const path = join(e.parentPath, e.name);
        return [path, `${createHash('sha256').update(readFileSync(path)).digest('hex')}:${statSync(path).mtimeMs}`];
      }),
  );
}

function allFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

describe('a workspace at rest', () => {
  it('has no SQLite header and no readable case text, in the database or the evidence folder', async () => {
    const services = createServices({ dataDir, keys: testKeys(), actor: 'Tester', ocr: false });
    await fillWorkspace(services);
    services.close();

    const database = join(dataDir, 'workspace.sqlite');
    expect(readFileSync(database).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(execFileSync('file', ['-b', database], { encoding: 'utf8' })).not.toMatch(/SQLite/i);
    for (const file of allFiles(dataDir)) {
      const found = execFileSync('strings', ['-n', '6', file], { encoding: 'utf8', maxBuffer: 64 << 20 });
      for (const secret of [SECRET_TITLE, 'Quartermaine', 'Xylophone', 'clozapine'])
        expect(found, `${file} shows "${secret}"`).not.toContain(secret);
    }
    // The evidence folder holds only encrypted files.
    const evidenceFiles = allFiles(join(dataDir, 'evidence'));
    expect(evidenceFiles.length).toBeGreaterThan(0);
    for (const file of evidenceFiles) expect(isEncryptedHeader(readFileSync(file))).toBe(true);

    // Opened without the key, SQLite sees no database.
    const raw = new Database(database, { readonly: true });
    expect(() => raw.prepare('SELECT count(*) FROM sqlite_master').get()).toThrow(/not a database/);
    raw.close();
  });

  it('opens again with its passphrase, and serves the original evidence bytes', async () => {
    const services = createServices({ dataDir, keys: testKeys(), actor: 'Tester', ocr: false });
    const { caseId, evidenceId } = await fillWorkspace(services);
    services.close();
    const again = createServices({ dataDir, keys: testKeys(), actor: 'Tester', ocr: false });
    try {
      expect(again.cases.get(caseId).title).toBe(SECRET_TITLE);
      const original = again.evidence.originalOf(caseId, evidenceId);
      expect((await original.read()).toString('utf8')).toBe(`${SECRET_EVIDENCE}\n`.repeat(200));
      expect(again.evidence.search({ query: 'clozapine' }).hits.length).toBeGreaterThan(0);
    } finally {
      again.close();
    }
  });

  it('refuses the wrong passphrase with one clear error, and writes nothing', async () => {
    const services = createServices({ dataDir, keys: testKeys(), actor: 'Tester', ocr: false });
    await fillWorkspace(services);
    services.close();
    const before = folderState(dataDir);
    expect(() =>
      createServices({ dataDir, keys: testKeys('not the passphrase'), actor: 'Tester', ocr: false }),
    ).toThrow(/passphrase does not open the workspace.*Nothing was changed/);
    expect(folderState(dataDir)).toEqual(before);

    let err = '';
    const code = await runCli(
      ['--data-dir', dataDir, 'cases', 'list'],
      { out: () => undefined, err: (t) => (err += t) },
      { env: { S117_PASSPHRASE: 'not the passphrase' }, ask: async () => null },
    );
    expect(code).toBe(1);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toMatch(/passphrase does not open/);
    expect(folderState(dataDir)).toEqual(before);
  });

  it('tells the CLI, in one line, to set S117_PASSPHRASE when there is no passphrase and no terminal', async () => {
    let err = '';
    const code = await runCli(
      ['--data-dir', dataDir, 'cases', 'list'],
      { out: () => undefined, err: (t) => (err += t) },
      { env: {}, ask: async () => null },
    );
    expect(code).toBe(1);
    expect(err.trim()).toMatch(/^s117: the workspace is encrypted: set S117_PASSPHRASE/);
    expect(existsSync(join(dataDir, 'workspace.sqlite'))).toBe(false);
  });

  it('refuses a database whose key file is missing, without touching it', async () => {
    const services = createServices({ dataDir, keys: testKeys(), actor: 'Tester', ocr: false });
    await fillWorkspace(services);
    services.close();
    rmSync(join(dataDir, KEY_FILE_NAME));
    const before = folderState(dataDir);
    expect(() => createServices({ dataDir, keys: testKeys(), actor: 'Tester', ocr: false })).toThrow(/key is missing/);
    expect(folderState(dataDir)).toEqual(before);
  });

  it('moves to another computer as a folder, and opens there with the same passphrase', async () => {
    const services = createServices({ dataDir, keys: testKeys(), actor: 'Tester', ocr: false });
    const { caseId } = await fillWorkspace(services);
    services.close();
    const elsewhere = join(dir, 'copied');
    cpSync(dataDir, elsewhere, { recursive: true });
    const moved = createServices({ dataDir: elsewhere, keys: testKeys(), actor: 'Tester', ocr: false });
    try {
      expect(moved.cases.get(caseId).people[0]?.name).toBe(SECRET_NAME);
    } finally {
      moved.close();
    }
  });
});

describe('a workspace from before encryption', () => {
  it('is encrypted on first open, with a backup first, and reads back exactly as it was', async () => {
    const clear = createServices({ dataDir, keys: { unencrypted: true }, actor: 'Tester', ocr: false });
    const { caseId, evidenceId } = await fillWorkspace(clear);
    const storedPath = clear.evidence.originalOf(caseId, evidenceId).path;
    const events = clear.chronology.list(caseId);
    clear.close();
    expect(readFileSync(join(dataDir, 'workspace.sqlite')).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    expect(readFileSync(storedPath, 'utf8')).toContain(SECRET_EVIDENCE);

    const opened = createServices({ dataDir, keys: testKeys(), actor: 'Tester', ocr: false });
    try {
      expect(opened.cases.get(caseId).title).toBe(SECRET_TITLE);
      expect(opened.chronology.list(caseId)).toEqual(events);
      const original = opened.evidence.originalOf(caseId, evidenceId);
      expect((await original.read()).toString('utf8')).toBe(`${SECRET_EVIDENCE}\n`.repeat(200));
      expect(opened.evidence.search({ query: 'xylophone' }).hits.length).toBeGreaterThan(0);
    } finally {
      opened.close();
    }
    expect(readFileSync(storedPath, 'latin1')).not.toContain('Xylophone');
    expect(existsSync(join(dataDir, KEY_FILE_NAME))).toBe(true);
    const backups = readdirSync(join(dataDir, 'backups'));
    expect(backups).toEqual([expect.stringMatching(/^workspace-before-encryption-.*\.sqlite$/)]);
    for (const file of allFiles(dataDir)) {
      const found = execFileSync('strings', ['-n', '6', file], { encoding: 'utf8', maxBuffer: 64 << 20 });
      expect(found, file).not.toContain(SECRET_TITLE);
      expect(found, file).not.toContain('Xylophone');
    }
  });
});
