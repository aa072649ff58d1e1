// Decision letters through the handlers: created from the case, edited by section, regenerated
// without writing, approved (two files kept with their SHA-256 and the letter frozen),
// superseded by a new version, and exported — anonymised exports refused while a name remains.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseForTests, createServices } from '../../electron/services';
import { testKeys } from '../support/test-keys';
import { makeWorkspace, tableCounts, type TestWorkspace } from '../support/workspace';
import { completeSarah } from '../support/complete-sarah';
import type { Output } from '../../shared/ipc/contract';
import type { LetterSection } from '../../shared/letters/model';
import { md } from '../../shared/letters/model';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

let ws: TestWorkspace;
let caseId: string;

async function call<T>(channel: string, payload: unknown): Promise<T> {
  const result = await ws.handlers.invoke(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

type Detail = Output<'letters.get'>;

const createFinal = () => call<Detail>('letters.create', { caseId, template: 'final' });

function edited(section: LetterSection, text: string): LetterSection {
  return { ...section, blocks: [...section.blocks, { kind: 'numbered', runs: md(text) }] };
}

beforeEach(async () => {
  ws = makeWorkspace({ actor: 'Jo Investigator' });
  ws.services.settings.setInvestigatorName('Jo Investigator');
  caseId = (await ws.services.caseFiles.importFromPath(completeSarah(ws.dir))).caseDetail.id;
});
afterEach(() => ws.dispose());

describe('letters', () => {
  it('creates a draft letter from the case, numbered L1 and version 1, and lists it', async () => {
    const letter = await createFinal();
    expect(letter).toMatchObject({ id: 'L1', template: 'final', version: 1, status: 'draft', approvedAt: null });
    expect(letter.letter.header.reference).toContain('19 016 759');
    expect(letter.letter.signature.name).toBe('Jo Investigator');
    expect(letter.parties.people).toEqual([{ name: 'Sarah Jones', title: 'Ms', label: 'Ms X' }]);
    const second = await createFinal();
    expect(second).toMatchObject({ id: 'L2', version: 2 });
    const list = await call<Output<'letters.list'>>('letters.list', { caseId });
    expect(list.map((l) => l.id)).toEqual(['L2', 'L1']);
    const history = ws.services.cases.history(caseId).map((h) => h.summary);
    expect(history).toContain(`Started the Ombudsmen's final decision (version 1) from the case as at 1 December 2020`);
  });

  it('saves an edited section, audits it, and refuses a section under another id', async () => {
    const letter = await createFinal();
    const section = letter.letter.sections[0]!;
    const saved = await call<Detail>('letters.saveSection', {
      caseId,
      letterId: 'L1',
      sectionId: section.id,
      section: edited(section, 'An added paragraph.'),
    });
    expect(saved.letter.sections[0]!.blocks.at(-1)).toEqual({
      kind: 'numbered',
      runs: [{ text: 'An added paragraph.' }],
    });
    expect((await call<Detail>('letters.get', { caseId, letterId: 'L1' })).letter).toEqual(saved.letter);
    expect(ws.services.cases.history(caseId).at(-1)?.summary).toBe(
      `Edited “${section.heading}” in the Ombudsmen's final decision (version 1)`,
    );
    const wrong = await ws.handlers.invoke('letters.saveSection', {
      caseId,
      letterId: 'L1',
      sectionId: section.id,
      section: { ...section, id: 'another' },
    });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'section.id' }] } });
  });

  it('regenerates a section from the case without writing anything', async () => {
    const letter = await createFinal();
    const section = letter.letter.sections[0]!;
    await call('letters.saveSection', {
      caseId,
      letterId: 'L1',
      sectionId: section.id,
      section: edited(section, 'My own words.'),
    });
    const before = tableCounts(ws.services);
    const updatedAt = (await call<Detail>('letters.get', { caseId, letterId: 'L1' })).updatedAt;
    const { current, regenerated } = await call<Output<'letters.regenerateSection'>>('letters.regenerateSection', {
      caseId,
      letterId: 'L1',
      sectionId: section.id,
    });
    expect(current.blocks.at(-1)).toEqual({ kind: 'numbered', runs: [{ text: 'My own words.' }] });
    expect(regenerated).toEqual(section);
    expect(tableCounts(ws.services)).toEqual(before);
    expect((await call<Detail>('letters.get', { caseId, letterId: 'L1' })).updatedAt).toBe(updatedAt);
  });

  it('approves: both files stored under their SHA-256, the letter frozen, the approval audited', async () => {
    await createFinal();
    const approved = await call<Detail>('letters.approve', { caseId, letterId: 'L1' });
    expect(approved).toMatchObject({ status: 'approved', approvedBy: 'Jo Investigator' });
    expect(approved.renditions.map((r) => r.format)).toEqual(['pdf', 'docx']);
    for (const r of approved.renditions) {
      expect(r.path).toBe(join(ws.dir, 'evidence', r.sha256.slice(0, 2), r.sha256));
      // Kept like evidence, encrypted at rest: the stored file is not the document itself…
      expect(sha256(r.path)).not.toBe(r.sha256);
      // …a named export of it is, byte for byte.
      const out = join(ws.dir, `approved.${r.format}`);
      await call('letters.export', { caseId, letterId: 'L1', format: r.format, anonymise: false, path: out });
      expect(sha256(out)).toBe(r.sha256);
      expect(readFileSync(out).byteLength).toBe(r.size);
    }
    const [pdf, docx] = approved.renditions;
    expect(readFileSync(join(ws.dir, 'approved.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(join(ws.dir, 'approved.docx')).subarray(0, 2).toString()).toBe('PK');
    expect(ws.services.cases.history(caseId).map((h) => h.summary)).toContain(
      `Approved the Ombudsmen's final decision (version 1); PDF sha256 ${pdf!.sha256}, DOCX sha256 ${docx!.sha256}`,
    );

    const section = approved.letter.sections[0]!;
    const refused = await ws.handlers.invoke('letters.saveSection', {
      caseId,
      letterId: 'L1',
      sectionId: section.id,
      section: edited(section, 'Too late.'),
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!refused.ok)
      expect(refused.error.message).toMatch(
        /^This letter was approved on \d{1,2} \w+ \d{4} and cannot be edited; supersede it with a new version\.$/,
      );
    const again = await ws.handlers.invoke('letters.approve', { caseId, letterId: 'L1' });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await call<Detail>('letters.get', { caseId, letterId: 'L1' })).letter).toEqual(approved.letter);

    // Opening the workspace again runs the recovery sweep of the store: the approved files stay.
    ws.services.close();
    const reopened = createServices({ dataDir: ws.dir, keys: testKeys(), actor: 'Jo Investigator' });
    try {
      for (const r of approved.renditions) expect(existsSync(r.path)).toBe(true);
      expect(reopened.letters.get(caseId, 'L1').renditions).toEqual(approved.renditions);
    } finally {
      reopened.close();
    }
  });

  it('records the final decision date on the case when the final decision is approved, not for a draft', async () => {
    databaseForTests(ws.services).prepare('UPDATE cases SET final_decision_date = NULL WHERE id = ?').run(caseId);
    const draft = await call<Detail>('letters.create', { caseId, template: 'draft' });
    await call('letters.approve', { caseId, letterId: draft.id });
    expect(ws.services.cases.get(caseId).finalDecisionDate).toBeNull();
    const final = await createFinal();
    await call('letters.approve', { caseId, letterId: final.id });
    expect(ws.services.cases.get(caseId).finalDecisionDate).toBe(final.letter.header.date);
    const history = ws.services.cases.history(caseId);
    const recorded = history.find((h) => h.summary.startsWith('Recorded the final decision date'));
    expect(recorded?.changes.some((c) => c.startsWith('final decision date none →'))).toBe(true);
    expect(recorded?.actor).toBe('Jo Investigator');
  });

  it('supersedes an approved letter with a new draft version that starts from its text; exports the approved file', async () => {
    const first = await createFinal();
    const section = first.letter.sections[0]!;
    await call('letters.saveSection', {
      caseId,
      letterId: 'L1',
      sectionId: section.id,
      section: edited(section, 'Approved wording.'),
    });
    const approved = await call<Detail>('letters.approve', { caseId, letterId: 'L1' });
    const next = await call<Detail>('letters.supersede', { caseId, letterId: 'L1' });
    expect(next).toMatchObject({ id: 'L2', version: 2, status: 'draft', supersedes: 'L1', renditions: [] });
    expect(next.letter.sections).toEqual(approved.letter.sections);
    const old = await call<Detail>('letters.get', { caseId, letterId: 'L1' });
    expect(old).toMatchObject({ status: 'superseded', supersededBy: 'L2' });
    expect(old.renditions).toEqual(approved.renditions);
    expect(ws.services.cases.history(caseId).at(-1)?.summary).toBe(
      `Superseded the Ombudsmen's final decision (version 1) with a new draft, version 2, starting from the approved text`,
    );
    const editOld = await ws.handlers.invoke('letters.saveSection', {
      caseId,
      letterId: 'L1',
      sectionId: section.id,
      section,
    });
    expect(editOld).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!editOld.ok) expect(editOld.error.message).toContain('superseded by version 2');
    const twice = await ws.handlers.invoke('letters.supersede', { caseId, letterId: 'L1' });
    expect(twice).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const draft = await ws.handlers.invoke('letters.supersede', { caseId, letterId: 'L2' });
    expect(draft).toMatchObject({ ok: false, error: { code: 'conflict' } });

    // A named export of the approved letter is the approved file, byte for byte.
    const out = join(ws.dir, 'final.docx');
    await call('letters.export', { caseId, letterId: 'L1', format: 'docx', anonymise: false, path: out });
    expect(sha256(out)).toBe(approved.renditions.find((r) => r.format === 'docx')!.sha256);
  });

  it('exports through the save dialog, and a cancelled dialog writes nothing', async () => {
    await createFinal();
    const out = join(ws.dir, 'letter.pdf');
    ws.host.answers.save.push(out);
    const exported = await call<Output<'letters.export'>>('letters.export', {
      caseId,
      letterId: 'L1',
      format: 'pdf',
      anonymise: false,
    });
    expect(exported).toMatchObject({ cancelled: false, path: out, anonymised: false });
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    if (!exported.cancelled) expect(sha256(out)).toBe(exported.sha256);
    const cancelled = await call('letters.export', { caseId, letterId: 'L1', format: 'docx', anonymise: false });
    expect(cancelled).toEqual({ cancelled: true });
  });

  it('refuses an anonymised export while a real name remains, saying where, and writes nothing', async () => {
    const letter = await createFinal();
    const section = letter.letter.sections[0]!;
    await call('letters.saveSection', {
      caseId,
      letterId: 'L1',
      sectionId: section.id,
      section: edited(section, 'S.J. said the Council never reviewed her aftercare.'),
    });
    const dir = join(ws.dir, 'out');
    mkdirSync(dir);
    const out = join(dir, 'anonymised.pdf');
    const refused = await ws.handlers.invoke('letters.export', {
      caseId,
      letterId: 'L1',
      format: 'pdf',
      anonymise: true,
      path: out,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'anonymisation_failed' } });
    if (!refused.ok) expect(refused.error.message).toContain(`"S.J." in ${section.heading}, paragraph`);
    expect(readdirSync(dir)).toEqual([]);

    // Refused before the save dialog is shown: the answer waiting for it is still there.
    ws.host.answers.save.push(join(dir, 'chosen.pdf'));
    const viaDialog = await ws.handlers.invoke('letters.export', {
      caseId,
      letterId: 'L1',
      format: 'pdf',
      anonymise: true,
    });
    expect(viaDialog).toMatchObject({ ok: false, error: { code: 'anonymisation_failed' } });
    expect(ws.host.answers.save).toEqual([join(dir, 'chosen.pdf')]);
    expect(readdirSync(dir)).toEqual([]);
    ws.host.answers.save.length = 0;

    // Without the initials the same letter exports, with the label in place of the name.
    await call('letters.saveSection', { caseId, letterId: 'L1', sectionId: section.id, section });
    const ok = await call<Output<'letters.export'>>('letters.export', {
      caseId,
      letterId: 'L1',
      format: 'docx',
      anonymise: true,
      path: join(dir, 'anonymised.docx'),
    });
    expect(ok).toMatchObject({ cancelled: false, anonymised: true });
  });

  it('remembers the anonymise switch and answers not_found for a letter that does not exist', async () => {
    await createFinal();
    const summary = await call<Output<'letters.setAnonymise'>>('letters.setAnonymise', {
      caseId,
      letterId: 'L1',
      anonymise: true,
    });
    expect(summary.anonymise).toBe(true);
    expect((await call<Detail>('letters.get', { caseId, letterId: 'L1' })).anonymise).toBe(true);
    const missing = await ws.handlers.invoke('letters.get', { caseId, letterId: 'L9' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
