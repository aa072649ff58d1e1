// The complaint through the handlers: saved whole with ids given to new heads, audited, checked
// against the case's organisations (nothing written on a bad one), and carried by the case file.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeWorkspace, sampleDraft, tableCounts, type TestWorkspace } from '../support/workspace';
import type { CaseDetail } from '../../shared/domain/case';
import type { Complaint } from '../../shared/ipc/channels/complaint';

let ws: TestWorkspace;
let caseId: string;

async function call<T>(channel: string, payload: unknown): Promise<T> {
  const result = await ws.handlers.invoke(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

beforeEach(async () => {
  ws = makeWorkspace({ actor: 'Jo Investigator' });
  caseId = (await call<CaseDetail>('cases.create', { draft: sampleDraft() })).id;
});
afterEach(() => ws.dispose());

describe('the complaint', () => {
  it('is saved with ids for new heads, audited, read back and carried by the case file', async () => {
    expect(await call<Complaint>('complaint.get', { caseId })).toEqual({ heads: [], desiredOutcomes: [], scope: [] });
    const saved = await call<Complaint>('complaint.save', {
      caseId,
      complaint: {
        heads: [{ orgs: ['council', 'icb'], text: '  Ended her aftercare without a joint decision ' }],
        desiredOutcomes: ['Her aftercare reinstated'],
        scope: [{ org: 'icb', outcome: 'remedied_before_decision', reason: 'It reinstated her aftercare' }],
      },
    });
    expect(saved.heads).toEqual([
      { id: 'h1', orgs: ['council', 'icb'], text: 'Ended her aftercare without a joint decision' },
    ]);
    expect(ws.services.cases.history(caseId).at(-1)?.summary).toBe(
      'Recorded the complaint: 1 head, 1 outcome wanted, 1 body scoped out',
    );
    const file = ws.services.caseFiles.read(caseId);
    expect(file.complaint).toEqual(saved);
  });

  it('refuses a head about an organisation the case does not have, and writes nothing', async () => {
    const before = tableCounts(ws.services);
    const result = await ws.handlers.invoke('complaint.save', {
      caseId,
      complaint: { heads: [{ orgs: ['nowhere'], text: 'x' }], desiredOutcomes: [], scope: [] },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!result.ok) expect(result.error.message).toContain('heads[0].orgs[0]: no organisation "nowhere" on this case');
    expect(tableCounts(ws.services)).toEqual(before);
    const empty = await ws.handlers.invoke('complaint.save', {
      caseId,
      complaint: { heads: [{ orgs: ['council'], text: '   ' }], desiredOutcomes: [], scope: [] },
    });
    expect(empty).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
