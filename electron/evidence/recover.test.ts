// The recovery sweep run when a workspace opens: temp files and stored files no row refers to are
// removed, a deleted case frees only what no other case uses, and a missing original is reported.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { useTestWorkspace } from '../../test/fixtures/evidence/test-workspace';
import {
  CARE_PLAN_PAGES,
  COUNCIL_LETTER_PARAGRAPHS,
  docxFile,
  textPdf,
  writeFixture,
} from '../../test/fixtures/evidence/make-fixtures';

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let carePlan: Uint8Array;
let letter: Uint8Array;
beforeAll(async () => {
  carePlan = await textPdf(CARE_PLAN_PAGES);
  letter = await docxFile(COUNCIL_LETTER_PARAGRAPHS);
});
const current = useTestWorkspace();

describe('recovery sweep on open', () => {
  let ws: typeof current.ws;
  beforeEach(() => {
    ws = current.ws;
  });

  it('removes temp files and stored files no row refers to, and keeps the rest', async () => {
    await ws.evidence.importFiles({
      caseId: 'c1',
      files: [await writeFixture(ws.inputDir, 'care-plan.pdf', carePlan)],
    });
    const orphanSha = sha(letter);
    const shard = join(ws.dataDir, 'evidence', orphanSha.slice(0, 2));
    await writeFixture(shard, orphanSha, letter);
    await writeFixture(shard, `${orphanSha}.tmp-abc123`, letter.slice(0, 10));
    ws.reopen();
    expect(ws.evidence.recovery.removedUnreferenced).toEqual([orphanSha]);
    expect(ws.evidence.recovery.removedTempFiles).toEqual([`${orphanSha}.tmp-abc123`]);
    expect(ws.snapshot().files).toEqual([`${sha(carePlan).slice(0, 2)}/${sha(carePlan)}`]);
  });

  it('frees the stored file of a deleted case, and not one another case still uses', async () => {
    const file = await writeFixture(ws.inputDir, 'care-plan.pdf', carePlan);
    await ws.evidence.importFiles({ caseId: 'c1', files: [file] });
    await ws.evidence.importFiles({ caseId: 'c2', files: [file, await writeFixture(ws.inputDir, 'l.docx', letter)] });
    ws.db.prepare(`DELETE FROM cases WHERE id = 'c2'`).run();
    expect(ws.snapshot()).toMatchObject({ evidence: 1, pages: 3, fts: 1 });
    const report = ws.evidence.sweep();
    expect(report.removedUnreferenced).toEqual([sha(letter)]);
    expect(ws.snapshot().files).toHaveLength(1);
    expect(ws.evidence.search({ query: 'section' }).hits.every((h) => h.caseId === 'c1')).toBe(true);
  });

  it('reports a row whose stored file has gone missing', async () => {
    await ws.evidence.importFiles({
      caseId: 'c1',
      files: [await writeFixture(ws.inputDir, 'care-plan.pdf', carePlan)],
    });
    rmSync(ws.evidence.originalOf('c1', 'd1').path, { force: true });
    ws.reopen();
    expect(ws.evidence.recovery.missingOriginals).toEqual([{ caseId: 'c1', id: 'd1', sha256: sha(carePlan) }]);
  });
});
