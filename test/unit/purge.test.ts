// Deleting a case purges it: afterwards there is no evidence file, page row, search row, letter
// or letter file of it, while another case holding the same original keeps it; the audit log
// keeps one entry (what, who, when) with none of the case's content.
import { databaseForTests } from '../../electron/services';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeWorkspace, sampleDraft, type TestWorkspace } from '../support/workspace';
import { caseDraftSchema } from '../../shared/domain/case';

let ws: TestWorkspace;
let input: string;
beforeEach(() => {
  ws = makeWorkspace({ actor: 'Jo Investigator' });
  input = mkdtempSync(join(tmpdir(), 's117-purge-input-'));
});
afterEach(() => {
  ws.dispose();
  rmSync(input, { recursive: true, force: true });
});

const count = (sql: string, ...params: unknown[]) =>
  databaseForTests(ws.services)
    .prepare(sql)
    .pluck()
    .get(...params) as number;

async function addEvidence(caseId: string, name: string, text: string) {
  const file = join(input, name);
  writeFileSync(file, text);
  const job = await ws.services.evidence.importFiles({ caseId, files: [file] });
  return ws.services.evidence.get(caseId, job.outcomes[0]!.evidenceId!);
}

describe('deleting a case', () => {
  it('purges its evidence files, pages, search rows and letters, keeping what another case still holds', async () => {
    const doomed = ws.services.cases.create(caseDraftSchema.parse(sampleDraft()));
    const kept = ws.services.cases.create(caseDraftSchema.parse({ ...sampleDraft(), reference: '20 000 001' }));
    const own = await addEvidence(doomed.id, 'own.txt', 'Quetzalcoatl ward discharge note\n');
    const shared = await addEvidence(doomed.id, 'shared.txt', 'Shared minutes of the joint panel\n');
    await addEvidence(kept.id, 'shared-copy.txt', 'Shared minutes of the joint panel\n');
    // What a final decision needs before it can be approved: the complaint, and a finding.
    ws.services.settings.setInvestigatorName('Jo Investigator');
    ws.services.complaint.save(doomed.id, {
      heads: [{ orgs: ['council'], text: 'Did not plan her aftercare' }],
      desiredOutcomes: [],
      scope: [],
    });
    ws.services.findings.create(doomed.id, { org: 'council', fault: 'No plan.', injustice: ['distress'] });
    const letter = await ws.handlers.invoke('letters.create', { caseId: doomed.id, template: 'final' });
    if (!letter.ok) throw new Error(letter.error.message);
    const letterId = (letter.value as { id: string }).id;
    const approved = await ws.handlers.invoke('letters.approve', { caseId: doomed.id, letterId });
    if (!approved.ok) throw new Error(approved.error.message);
    const renditions = (approved.value as { renditions: Array<{ path: string }> }).renditions;
    expect(renditions.length).toBe(2);
    const ownFile = ws.services.evidence.originalOf(doomed.id, own.id).path;
    const sharedFile = ws.services.evidence.originalOf(doomed.id, shared.id).path;
    expect(ws.services.evidence.search({ query: 'quetzalcoatl' }).hits).toHaveLength(1);

    const result = await ws.handlers.invoke('cases.delete', { caseId: doomed.id });
    expect(result.ok).toBe(true);

    expect(existsSync(ownFile)).toBe(false);
    for (const r of renditions) expect(existsSync(r.path)).toBe(false);
    expect(existsSync(sharedFile)).toBe(true); // the other case still holds these bytes
    for (const table of ['evidence', 'evidence_pages', 'letters', 'letter_renditions', 'events', 'people'])
      expect(count(`SELECT count(*) FROM ${table} WHERE case_id = ?`, doomed.id), table).toBe(0);
    expect(count(`SELECT count(*) FROM evidence_meta_fts WHERE case_id = ?`, doomed.id)).toBe(0);
    expect(count(`SELECT count(*) FROM evidence_page_fts WHERE evidence_page_fts MATCH 'quetzalcoatl'`)).toBe(0);
    expect(ws.services.evidence.search({ query: 'quetzalcoatl' }).hits).toHaveLength(0);
    // The index's own vocabulary no longer holds the word (deleted rows were merged away).
    databaseForTests(ws.services).exec(
      `CREATE VIRTUAL TABLE temp.page_vocab USING fts5vocab(main, evidence_page_fts, row)`,
    );
    expect(count(`SELECT count(*) FROM temp.page_vocab WHERE term LIKE 'quetzalcoatl%'`)).toBe(0);

    const audit = databaseForTests(ws.services)
      .prepare(`SELECT action, actor, summary, before_json, after_json FROM audit_log WHERE case_id = ?`)
      .all(doomed.id) as Array<Record<string, string | null>>;
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'purge', actor: 'Jo Investigator', before_json: null, after_json: null });
    expect(audit[0]!.summary).toMatch(
      /^Purged case .* \(reference 19 016 759\): 2 evidence items, 1 letters and \d+ history entries removed$/,
    );
    expect(JSON.stringify(audit)).not.toMatch(/Sarah|Quetzalcoatl|Aftercare/i);

    // The other case is untouched.
    expect(ws.services.evidence.list(kept.id)).toHaveLength(1);
    expect(ws.services.evidence.search({ query: 'panel' }).hits).toHaveLength(1);
  });
});
