// Case archives: a whole case handed to a colleague and back; an archive that is tampered
// with, truncated, or tries to write outside its folder is refused and changes nothing.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkspace, tableCounts, type TestWorkspace } from '../support/workspace';
import { isSafeEntryName } from '../../electron/archive/archive-entries';

let ws: TestWorkspace;
let dir: string;
let archive: string;
let caseId: string;

beforeAll(async () => {
  ws = makeWorkspace();
  ws.services.settings.setInvestigatorName('Jo Investigator');
  dir = mkdtempSync(join(tmpdir(), 's117-archive-test-'));
  writeFileSync(join(dir, 'note.txt'), 'Care plan note: S117 entitlement recorded.\n');
  writeFileSync(
    join(dir, 'case.s117.json'),
    JSON.stringify({
      format: 's117-case',
      version: 1,
      case: { reference: '22 000 001', title: 'Archive me', received: '2022-02-02' },
      people: [{ id: 'p1', role: 'aggrieved', name: 'Siobhán Wiśniewska' }],
      organisations: [{ id: 'council', kind: 'council', name: 'Anytown Council' }],
      events: [{ id: 'e1', date: '2021-05-05', type: 'care_plan_written', citations: [{ evidence: 'n', page: 1 }] }],
      evidence: [{ id: 'n', file: 'note.txt', title: 'Note' }],
      complaint: { heads: [{ id: 'h1', orgs: ['council'], text: 'Did not plan her aftercare' }] },
    }),
  );
  const imported = await ws.services.caseFiles.importFromPath(join(dir, 'case.s117.json'));
  caseId = imported.caseDetail.id;
  archive = join(dir, 'handover.s117case');
  await ws.services.archives.exportArchive(caseId, archive);
});
afterAll(() => {
  ws.dispose();
  rmSync(dir, { recursive: true, force: true });
});

function rezip(mutate: (entries: Record<string, Uint8Array>) => void): string {
  const entries = unzipSync(readFileSync(archive));
  mutate(entries);
  const path = join(dir, `spoiled-${Math.random().toString(36).slice(2)}.s117case`);
  writeFileSync(path, zipSync(entries));
  return path;
}

async function expectRefused(path: string, message: RegExp) {
  const before = tableCounts(ws.services);
  const result = await ws.handlers.invoke('archive.import', { path });
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.error.message).toMatch(message);
  expect(tableCounts(ws.services)).toEqual(before);
}

describe('case archives', () => {
  it('hold a manifest, the case file, the originals and the audit log, and import back as the same case', async () => {
    const names = Object.keys(unzipSync(readFileSync(archive))).sort();
    expect(names).toEqual(['audit-log.json', 'case.s117.json', 'evidence/d1/note.txt', 'manifest.json']);
    const result = await ws.handlers.invoke('archive.import', { path: archive });
    expect(result.ok).toBe(true);
    const value = (result.ok ? result.value : null) as { cancelled: boolean; caseDetail: { id: string } } | null;
    if (!value || value.cancelled) return;
    const copy = ws.services.caseFiles.read(value.caseDetail.id);
    expect(copy).toEqual(ws.services.caseFiles.read(caseId));
    const history = ws.services.cases.history(value.caseDetail.id).map((h) => h.summary);
    expect(history.at(-1)).toMatch(/Imported from the case archive handover\.s117case.*matched their SHA-256/);
  });

  it('refuse an entry that would be written outside the folder (zip slip)', async () => {
    await expectRefused(
      rezip((e) => (e['../../evil.txt'] = new TextEncoder().encode('x'))),
      /“\.\.\/\.\.\/evil\.txt” would be written outside the case folder/,
    );
  });

  it('refuse an original whose bytes do not match the manifest', async () => {
    await expectRefused(
      rezip(
        (e) => (e['evidence/d1/note.txt'] = new TextEncoder().encode('Care plan note: S117 entitlement REMOVED.\n')),
      ),
      /evidence\/d1\/note\.txt.*(bytes|SHA-256)/,
    );
  });

  it('refuse a truncated archive', async () => {
    const bytes = readFileSync(archive);
    const path = join(dir, 'truncated.s117case');
    writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    await expectRefused(path, /not a complete case archive/);
  });

  it('refuse a file the manifest does not list', async () => {
    await expectRefused(
      rezip((e) => (e['extra.txt'] = new TextEncoder().encode('?'))),
      /not in its manifest/,
    );
  });

  it('carry the decision letters, an approved one with its PDF and DOCX byte for byte', async () => {
    const created = await ws.handlers.invoke('letters.create', { caseId, template: 'final' });
    if (!created.ok) throw new Error(created.error.message);
    const letterId = (created.value as { id: string }).id;
    const approved = await ws.handlers.invoke('letters.approve', { caseId, letterId });
    if (!approved.ok) throw new Error(approved.error.message);
    const sent = approved.value as { renditions: Array<{ format: string; sha256: string }> };
    const withLetters = join(dir, 'with-letters.s117case');
    await ws.services.archives.exportArchive(caseId, withLetters);
    const names = Object.keys(unzipSync(readFileSync(withLetters)));
    expect(names).toEqual(
      expect.arrayContaining([`letters/${letterId}.json`, `letters/${letterId}.pdf`, `letters/${letterId}.docx`]),
    );

    const imported = await ws.services.archives.importArchive(withLetters, { asNew: true });
    const got = await ws.handlers.invoke('letters.get', { caseId: imported.caseDetail.id, letterId });
    if (!got.ok) throw new Error(got.error.message);
    const received = got.value as {
      status: string;
      renditions: Array<{ format: string; sha256: string; path: string }>;
    };
    expect(received.status).toBe('approved');
    expect(received.renditions.map((r) => [r.format, r.sha256]).sort()).toEqual(
      sent.renditions.map((r) => [r.format, r.sha256]).sort(),
    );

    // An archive whose approved letter was altered (and its manifest with it) is still refused.
    const entries = unzipSync(readFileSync(withLetters));
    entries[`letters/${letterId}.pdf`] = new TextEncoder().encode('%PDF-1.7 forged');
    const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as {
      files: Array<{ path: string; sha256: string; size: number }>;
    };
    const { createHash } = await import('node:crypto');
    for (const f of manifest.files)
      if (f.path === `letters/${letterId}.pdf`) {
        f.sha256 = createHash('sha256').update(entries[f.path]!).digest('hex');
        f.size = entries[f.path]!.byteLength;
      }
    entries['manifest.json'] = new TextEncoder().encode(JSON.stringify(manifest));
    const forged = join(dir, 'forged-letter.s117case');
    writeFileSync(forged, zipSync(entries));
    await expectRefused(forged, /approved PDF of letter .* is missing or altered/);
  });

  it('judge entry names strictly', () => {
    expect(isSafeEntryName('evidence/d1/care plan.pdf')).toBe(true);
    for (const bad of ['../x', 'a/../../x', '/etc/passwd', 'C:/x', 'a\\..\\x', 'a//b', ''])
      expect(isSafeEntryName(bad), bad).toBe(false);
  });
});
