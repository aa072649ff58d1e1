// The duties panel and findings through the handlers: the duty check with its flags, findings
// by hand and from a flag, dismissing and restoring flags, each refusal naming its field and
// writing nothing, and each change in the history in words.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeWorkspace, sampleDraft, tableCounts, type TestWorkspace } from '../support/workspace';
import type { CaseDetail } from '../../shared/domain/case';
import type { HistoryEntry } from '../../shared/domain/audit';
import type { CaseFileFinding } from '../../shared/casefile/schema';
import type { DismissalRecord, DutiesCheck } from '../../shared/ipc/channels/findings';
import type { IpcError } from '../../shared/ipc/result';
import { readCaseFileText } from '../../shared/casefile/read';
import { checkCase } from '../../shared/s117/check-case';

let ws: TestWorkspace;
let caseId: string;

async function call<T>(channel: string, payload: unknown): Promise<T> {
  const result = await ws.handlers.invoke(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

/** Calls a channel that must refuse, and checks it wrote nothing. */
async function refusal(channel: string, payload: unknown): Promise<IpcError> {
  const before = tableCounts(ws.services);
  const result = await ws.handlers.invoke(channel, payload);
  expect(tableCounts(ws.services)).toEqual(before);
  if (result.ok) throw new Error(`${channel} should have refused`);
  return result.error;
}

const history = async () => (await call<HistoryEntry[]>('cases.history', { caseId })).map((h) => h.summary);

beforeEach(async () => {
  ws = makeWorkspace({ actor: 'Jo Investigator' });
  const created = await call<CaseDetail>('cases.create', { draft: { ...sampleDraft(), asAt: '2019-12-01' } });
  caseId = created.id;
  // A section 3 detention with residence facts, a discharge, then nothing: no plan, no review.
  await call('events.create', {
    caseId,
    event: {
      date: '2019-02-04',
      type: 'detention',
      section: '3',
      residence: { council: 'council', gpCommissioner: 'icb', ordinaryResidenceCommissioner: 'icb' },
    },
  });
  await call('events.create', { caseId, event: { date: '2019-04-15', type: 'discharge' } });
});
afterEach(() => ws.dispose());

describe('duties.check', () => {
  it('gives every duty a status, the responsible bodies and the flags behind each duty', async () => {
    const result = await call<DutiesCheck>('duties.check', { caseId });
    expect(result.asAt).toBe('2019-12-01');
    expect(result.check.eligible).toBe(true);
    expect(result.check.responsible.council.org).toBe('council');
    const reviews = result.duties.find((d) => d.id === 'reviews')!;
    expect(reviews.status).toBe('not_met');
    const late = reviews.flags.find((f) => f.rule === 'FIRST-REVIEW-LATE')!;
    expect(late).toMatchObject({ date: '2019-05-27', dismissal: null, findings: [] });
    expect(result.duties.find((d) => d.id === 'written-care-plan')?.status).toBe('not_evidenced');
    expect(result.events.map((e) => e.label)).toEqual(['04/02/2019 Detention', '15/04/2019 Discharge from hospital']);
  });

  it('judges the duties as at the date asked', async () => {
    const early = await call<DutiesCheck>('duties.check', { caseId, asAt: '2019-05-01' });
    expect(early.asAt).toBe('2019-05-01');
    expect(early.duties.find((d) => d.id === 'reviews')?.flags).toEqual([]);
  });
});

describe('findings', () => {
  const byHand = {
    org: 'council',
    fault: 'The Council did not write a care plan.',
    injustice: ['distress', 'uncertainty'],
    causation: 'Ms X did not know what support she would get.',
    events: ['e2'],
  };

  it('creates, lists, edits and deletes a finding, with ids f1, f2… never reused, each change in the history', async () => {
    const f1 = await call<CaseFileFinding>('findings.create', { caseId, finding: byHand });
    expect(f1).toEqual({ id: 'f1', ...byHand });
    const f2 = await call<CaseFileFinding>('findings.create', {
      caseId,
      finding: { org: 'icb', fault: 'No review.', injustice: [], events: [] },
    });
    expect(f2.id).toBe('f2');
    const edited = await call<CaseFileFinding>('findings.update', {
      caseId,
      findingId: 'f1',
      finding: { ...byHand, injustice: ['distress'] },
    });
    expect(edited.injustice).toEqual(['distress']);
    await call('findings.delete', { caseId, findingId: 'f2' });
    expect((await call<CaseFileFinding[]>('findings.list', { caseId })).map((f) => f.id)).toEqual(['f1']);
    const f3 = await call<CaseFileFinding>('findings.create', { caseId, finding: byHand });
    expect(f3.id).toBe('f3');
    expect(await history()).toEqual(
      expect.arrayContaining([
        'Added finding f1 against Anytown Borough Council: The Council did not write a care plan.',
        'Edited finding f1 against Anytown Borough Council',
        'Deleted finding f2 against NHS Anytown ICB: No review.',
      ]),
    );
  });

  it('refuses an unknown organisation, an unknown event and an empty fault, naming the field', async () => {
    const org = await refusal('findings.create', { caseId, finding: { ...byHand, org: 'nowhere' } });
    expect(org.code).toBe('invalid_input');
    expect(org.issues).toEqual([{ path: 'finding.org', message: expect.stringContaining('nowhere') }]);
    const event = await refusal('findings.create', { caseId, finding: { ...byHand, events: ['e2', 'e99'] } });
    expect(event.issues).toEqual([{ path: 'finding.events[1]', message: expect.stringContaining('e99') }]);
    const fault = await refusal('findings.create', { caseId, finding: { ...byHand, fault: '  ' } });
    expect(fault.issues?.[0]?.path).toBe('finding.fault');
    const kind = await refusal('findings.create', { caseId, finding: { ...byHand, injustice: ['sadness'] } });
    expect(kind.issues?.[0]?.path).toBe('finding.injustice[0]');
    const missing = await refusal('findings.update', { caseId, findingId: 'f9', finding: byHand });
    expect(missing.code).toBe('not_found');
  });

  it('keeps an event that supports a finding from being removed from the chronology', async () => {
    await call('findings.create', { caseId, finding: byHand });
    expect((await refusal('events.delete', { caseId, eventId: 'e2' })).code).toBe('conflict');
  });
});

describe('accepting a flag as a finding', () => {
  it('pre-fills the finding from the flag, and the duty check links the flag to it', async () => {
    const finding = await call<CaseFileFinding>('findings.acceptFlag', {
      caseId,
      rule: 'FIRST-REVIEW-LATE',
      date: '2019-05-27',
      org: 'council',
    });
    expect(finding).toMatchObject({
      id: 'f1',
      org: 'council',
      rule: 'FIRST-REVIEW-LATE',
      injustice: [],
      events: ['e2'],
    });
    expect(finding.fault).toContain('No S117 review is recorded within 6 weeks of discharge');
    expect(finding.fault).toContain('LGSCO/PHSO');
    const check = await call<DutiesCheck>('duties.check', { caseId });
    const flag = check.duties.find((d) => d.id === 'reviews')!.flags.find((f) => f.rule === 'FIRST-REVIEW-LATE');
    expect(flag?.findings).toEqual(['f1']);
    expect(await history()).toContain(
      'Accepted FIRST-REVIEW-LATE (27/05/2019) as a finding against Anytown Borough Council',
    );
  });

  it('takes the investigator’s own wording', async () => {
    const finding = await call<CaseFileFinding>('findings.acceptFlag', {
      caseId,
      rule: 'FIRST-REVIEW-LATE',
      date: '2019-05-27',
      org: 'icb',
      finding: { fault: 'No review within six weeks.', injustice: ['uncertainty'], causation: 'Needs went unmet.' },
    });
    expect(finding).toMatchObject({
      org: 'icb',
      fault: 'No review within six weeks.',
      injustice: ['uncertainty'],
      causation: 'Needs went unmet.',
    });
  });

  it('refuses an organisation the flag does not name, a flag that is not raised, and a dismissed flag', async () => {
    await call('cases.update', {
      caseId,
      draft: {
        ...sampleDraft(),
        asAt: '2019-12-01',
        organisations: [
          ...(await call<CaseDetail>('cases.get', { caseId })).organisations,
          { kind: 'trust', name: 'Trust' },
        ],
      },
    });
    const org = await refusal('findings.acceptFlag', {
      caseId,
      rule: 'FIRST-REVIEW-LATE',
      date: '2019-05-27',
      org: 'trust',
    });
    expect(org.issues?.[0]).toEqual({ path: 'org', message: expect.stringContaining('Anytown Borough Council') });
    const absent = await refusal('findings.acceptFlag', {
      caseId,
      rule: 'FIRST-REVIEW-LATE',
      date: '2019-05-28',
      org: 'council',
    });
    expect(absent.code).toBe('not_found');
    await call('flags.dismiss', { caseId, rule: 'FIRST-REVIEW-LATE', date: '2019-05-27', reason: 'Reviewed by phone' });
    const dismissed = await refusal('findings.acceptFlag', {
      caseId,
      rule: 'FIRST-REVIEW-LATE',
      date: '2019-05-27',
      org: 'council',
    });
    expect(dismissed.code).toBe('conflict');
  });
});

describe('dismissing and restoring flags', () => {
  const flag = { rule: 'FIRST-REVIEW-LATE', date: '2019-05-27' };

  it('keeps a dismissed flag visible with its reason, who and when; the duty no longer counts it', async () => {
    const record = await call<DismissalRecord>('flags.dismiss', { caseId, ...flag, reason: '  Reviewed by phone  ' });
    expect(record).toMatchObject({ ...flag, reason: 'Reviewed by phone', by: 'Jo Investigator' });
    expect(record.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const check = await call<DutiesCheck>('duties.check', { caseId });
    const reviews = check.duties.find((d) => d.id === 'reviews')!;
    expect(reviews.status).not.toBe('not_met');
    expect(reviews.flags.find((f) => f.rule === flag.rule)?.dismissal).toMatchObject({ reason: 'Reviewed by phone' });
    expect(check.dismissals).toHaveLength(1);
    expect(await history()).toContain('Dismissed FIRST-REVIEW-LATE (27/05/2019) because Reviewed by phone');

    await call('flags.restore', { caseId, ...flag });
    const restored = await call<DutiesCheck>('duties.check', { caseId });
    expect(restored.duties.find((d) => d.id === 'reviews')?.status).toBe('not_met');
    expect(restored.dismissals).toEqual([]);
    expect(await history()).toContain(
      'Restored FIRST-REVIEW-LATE (27/05/2019), which had been dismissed because Reviewed by phone',
    );
  });

  it('refuses an empty reason, an unknown rule, a second dismissal and restoring what was not dismissed', async () => {
    const empty = await refusal('flags.dismiss', { caseId, ...flag, reason: '   ' });
    expect(empty).toMatchObject({ code: 'invalid_input', issues: [{ path: 'reason' }] });
    const unknown = await refusal('flags.dismiss', { caseId, rule: 'NO-SUCH-RULE', date: flag.date, reason: 'x' });
    expect(unknown.issues?.[0]?.path).toBe('rule');
    await call('flags.dismiss', { caseId, ...flag, reason: 'Reviewed by phone' });
    expect((await refusal('flags.dismiss', { caseId, ...flag, reason: 'again' })).code).toBe('conflict');
    await call('flags.restore', { caseId, ...flag });
    expect((await refusal('flags.restore', { caseId, ...flag })).code).toBe('not_found');
  });
});

describe('an imported case file (Sarah, 19 016 759)', () => {
  const fixture = resolve(import.meta.dirname, '../fixtures/cases/sarah-19016759.s117.json');

  it('gives the same duty check as the engine on the file, and accepts its late-review flag against the council', async () => {
    const imported = await ws.services.caseFiles.importFromPath(fixture, { asNew: true });
    const sarah = imported.caseDetail.id;
    const read = readCaseFileText(readFileSync(fixture, 'utf8'));
    if (!read.ok) throw new Error('the fixture should read');
    const result = await call<DutiesCheck>('duties.check', { caseId: sarah });
    expect(result.asAt).toBe('2020-12-01');
    expect(result.check).toEqual(checkCase(read.file, { asAt: '2020-12-01' }));

    await call('findings.acceptFlag', { caseId: sarah, rule: 'FIRST-REVIEW-LATE', date: '2019-05-27', org: 'council' });
    const summaries = (await call<HistoryEntry[]>('cases.history', { caseId: sarah })).map((h) => h.summary);
    expect(summaries).toContain('Accepted FIRST-REVIEW-LATE (27/05/2019) as a finding against Anytown Borough Council');
  });
});

describe('what a finding answers, and who suffered the injustice', () => {
  it('keeps the complaint heads and the people, keeps them through an edit that leaves them out, and clears them when asked', async () => {
    const detail = await call<CaseDetail>('cases.get', { caseId });
    const person = detail.people[0]!.id;
    await call('complaint.save', {
      caseId,
      complaint: {
        heads: [{ orgs: ['council'], text: 'Did not review her aftercare' }],
        desiredOutcomes: [],
        scope: [],
      },
    });
    const created = await call<CaseFileFinding>('findings.create', {
      caseId,
      finding: { org: 'council', fault: 'No review.', injustice: ['distress'], injusticeTo: [person], heads: ['h1'] },
    });
    expect(created).toMatchObject({ injusticeTo: [person], heads: ['h1'] });
    const kept = await call<CaseFileFinding>('findings.update', {
      caseId,
      findingId: created.id,
      finding: { org: 'council', fault: 'No review at all.', injustice: ['distress'] },
    });
    expect(kept).toMatchObject({ fault: 'No review at all.', injusticeTo: [person], heads: ['h1'] });
    const cleared = await call<CaseFileFinding>('findings.update', {
      caseId,
      findingId: created.id,
      finding: { org: 'council', fault: 'No review at all.', injustice: ['distress'], injusticeTo: [], heads: [] },
    });
    expect(cleared.heads).toBeUndefined();
    expect(cleared.injusticeTo).toBeUndefined();
    const error = await refusal('findings.update', {
      caseId,
      findingId: created.id,
      finding: { org: 'council', fault: 'x', injustice: [], heads: ['h9'], injusticeTo: ['p9'] },
    });
    expect(error.issues?.map((i) => i.path)).toEqual(['finding.injusticeTo[0]', 'finding.heads[0]']);
  });
});
