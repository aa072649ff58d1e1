// Describing evidence: title, date, author organisation, tags and notes are editable, each change
// is audited with before and after, bad values are refused by field, and search finds the new words.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../store/audit';
import { useTestWorkspace } from '../../test/fixtures/evidence/test-workspace';
import { CARE_PLAN_PAGES, textPdf, writeFixture } from '../../test/fixtures/evidence/make-fixtures';

let carePlan: Uint8Array;
beforeAll(async () => {
  carePlan = await textPdf(CARE_PLAN_PAGES);
});
const current = useTestWorkspace();

describe('metadata', () => {
  let ws: typeof current.ws;
  beforeEach(async () => {
    ws = current.ws;
    ws.db
      .prepare(
        `INSERT INTO organisations (case_id, id, position, kind, name) VALUES ('c1', 'trust', 0, 'trust', 'Anytown Mental Health NHS Trust')`,
      )
      .run();
    await ws.evidence.importFiles({
      caseId: 'c1',
      files: [await writeFixture(ws.inputDir, 'care-plan.pdf', carePlan)],
    });
  });

  it('is editable and every change is audited with before and after', () => {
    const updated = ws.evidence.updateMetadata('c1', 'd1', {
      title: 'CPA care plan',
      documentDate: '2019-02-20',
      authorOrg: 'trust',
      tags: ['care plan', ' s117 ', 'care plan'],
      notes: 'Signed by the care co-ordinator.',
    });
    expect(updated).toMatchObject({
      title: 'CPA care plan',
      documentDate: '2019-02-20',
      authorOrg: 'trust',
      tags: ['care plan', 's117'],
      notes: 'Signed by the care co-ordinator.',
    });
    const entry = listAudit(ws.db, 'c1').at(-1)!;
    expect(entry).toMatchObject({
      action: 'evidence.update',
      entityId: 'd1',
      before: { title: 'care-plan', documentDate: null },
    });
    expect(entry.after).toMatchObject({ title: 'CPA care plan', authorOrg: 'trust' });
    expect(entry.summary).toBe(
      "Changed the title, date, author organisation, tags and notes of evidence d1 ('care-plan')",
    );
  });

  it('records nothing when nothing changed', () => {
    const before = listAudit(ws.db, 'c1').length;
    ws.evidence.updateMetadata('c1', 'd1', { title: 'care-plan' });
    expect(listAudit(ws.db, 'c1')).toHaveLength(before);
  });

  it('refuses bad values with the field at fault and changes nothing', () => {
    expect(() =>
      ws.evidence.updateMetadata('c1', 'd1', { title: '  ', documentDate: '2019-02-30', authorOrg: 'council' }),
    ).toThrow(
      /title must not be empty; documentDate not a date \(YYYY-MM-DD\); authorOrg no organisation 'council' in this case/,
    );
    expect(ws.evidence.get('c1', 'd1').title).toBe('care-plan');
  });

  it('finds the new title in search', () => {
    ws.evidence.updateMetadata('c1', 'd1', { title: 'Funding agreement', tags: ['placement'] });
    const hits = ws.evidence.search({ query: 'funding', caseId: 'c1' }).hits;
    expect(hits[0]).toMatchObject({ evidenceId: 'd1', page: null });
    expect(ws.evidence.search({ query: 'placement' }).hits).toHaveLength(1);
  });
});
