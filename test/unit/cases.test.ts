// Cases through the handlers: create, find, edit, history in words, delete.
import { databaseForTests } from '../../electron/services';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeWorkspace, sampleDraft, type TestWorkspace } from '../support/workspace';
import type { CaseDetail, CaseSummary } from '../../shared/domain/case';
import type { HistoryEntry } from '../../shared/domain/audit';

let ws: TestWorkspace;
beforeEach(() => {
  ws = makeWorkspace({ actor: 'Jo Investigator' });
});
afterEach(() => ws.dispose());

async function call<T>(channel: string, payload: unknown): Promise<T> {
  const result = await ws.handlers.invoke(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

describe('cases', () => {
  it('gives people and organisations readable ids that case files keep', async () => {
    const created = await call<CaseDetail>('cases.create', { draft: sampleDraft() });
    expect(created.people.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(created.organisations.map((o) => o.id)).toEqual(['council', 'icb']);
    expect(created.settings.firstReviewWeeks).toBe(6);
  });

  it('finds cases by reference with or without spaces, by name, and filters by stage', async () => {
    await call('cases.create', { draft: sampleDraft() });
    await call('cases.create', {
      draft: {
        ...sampleDraft(),
        reference: '18 012 800',
        title: 'Delay',
        stage: 'closed',
        people: [{ role: 'aggrieved', name: 'Marlon Smith' }],
      },
    });
    const titles = (rows: CaseSummary[]) => rows.map((r) => r.title);
    expect(titles(await call('cases.list', { search: '19016759' }))).toEqual([
      'Aftercare after detention under section 3',
    ]);
    expect(titles(await call('cases.list', { search: 'marlon' }))).toEqual(['Delay']);
    expect(titles(await call('cases.list', { stage: 'closed' }))).toEqual(['Delay']);
    expect(titles(await call('cases.list', { search: '100%' }))).toEqual([]);
  });

  it('records who changed what, in words', async () => {
    const created = await call<CaseDetail>('cases.create', { draft: sampleDraft() });
    const draft = {
      ...sampleDraft(),
      people: created.people,
      organisations: created.organisations,
      title: 'Renamed',
      stage: 'draft_decision',
    };
    await call('cases.update', { caseId: created.id, draft });
    const history = await call<HistoryEntry[]>('cases.history', { caseId: created.id });
    expect(history.map((h) => h.action)).toEqual(['create', 'update']);
    expect(history[1]?.actor).toBe('Jo Investigator');
    expect(history[1]?.changes).toEqual([
      'title “Aftercare after detention under section 3” → “Renamed”',
      'stage Investigation → Draft decision',
    ]);
  });

  it('refuses an edit made against a stale copy', async () => {
    const created = await call<CaseDetail>('cases.create', { draft: sampleDraft() });
    const result = await ws.handlers.invoke('cases.update', {
      caseId: created.id,
      draft: { ...sampleDraft(), title: 'Late edit' },
      expectedUpdatedAt: '2000-01-01T00:00:00.000Z',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await call<CaseDetail>('cases.get', { caseId: created.id })).title).toBe(sampleDraft().title);
  });

  it('deletes a case for good, leaving one audit entry that records the purge and none of its content', async () => {
    const created = await call<CaseDetail>('cases.create', { draft: sampleDraft() });
    await call('cases.delete', { caseId: created.id });
    expect(await call('cases.list', {})).toEqual([]);
    const audit = databaseForTests(ws.services)
      .prepare(`SELECT action, actor, summary, before_json, after_json FROM audit_log WHERE case_id = ? ORDER BY seq`)
      .all(created.id) as Array<Record<string, string | null>>;
    expect(audit).toEqual([
      {
        action: 'purge',
        actor: 'Jo Investigator',
        summary: `Purged case ${created.id} (reference 19 016 759): 0 evidence items, 0 letters and 1 history entries removed`,
        before_json: null,
        after_json: null,
      },
    ]);
    expect(JSON.stringify(audit)).not.toMatch(/Sarah|Jones|Aftercare/);
  });
});
