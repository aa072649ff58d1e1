// The s117 command as a user runs it: exit codes, one-line errors, JSON that other tools read.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCliIn } from '../support/run-cli';
import { testKeys } from '../support/test-keys';
import { createServices } from '../../electron/services';
import { checkOutputSchema } from '../../shared/s117/check-output';
import { remedyOutputSchema } from '../../shared/remedies/remedy-output';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/cases');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 's117-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const s117 = (...args: string[]) => runCliIn(dir, ['--user', 'CLI Tester', ...args]);

describe('s117 cases', () => {
  it('creates a case that list --json then shows', async () => {
    const created = await s117(
      'cases',
      'create',
      '--title',
      'Charged for aftercare',
      '--received',
      '2021-03-04',
      '--reference',
      '19 016 759',
    );
    expect(created).toMatchObject({ code: 0, err: '' });
    const listed = await s117('cases', 'list', '--json');
    expect(listed.code).toBe(0);
    const rows = JSON.parse(listed.out) as Array<{ title: string; reference: string }>;
    expect(rows).toEqual([expect.objectContaining({ title: 'Charged for aftercare', reference: '19 016 759' })]);
    const shown = await s117('cases', 'show', '19016759', '--json');
    expect(JSON.parse(shown.out)).toMatchObject({ title: 'Charged for aftercare' });
  });

  it('fails with exit 1 and one line for a case that does not exist', async () => {
    const result = await s117('cases', 'show', 'NOPE');
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err.trim().split('\n')).toHaveLength(1);
    expect(result.err).toContain('NOPE');
  });

  it('answers bad usage with exit 2', async () => {
    expect((await s117('cases', 'create', '--title', 'No date')).code).toBe(2);
    expect((await s117('frobnicate')).code).toBe(2);
    expect((await s117('cases', 'list', '--nonsense')).code).toBe(2);
  });

  it('refuses an impossible date with exit 1 and names the field', async () => {
    const result = await s117('cases', 'create', '--title', 'x', '--received', '2021-02-30');
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/received: not a date/);
  });
});

describe('s117 check and remedy on a case file', () => {
  const sarah = join(FIXTURES, 'sarah-19016759.s117.json');

  it('prints check JSON in the CASEFILE.md shape, the same bytes every time', async () => {
    const first = await s117('check', sarah, '--json');
    const second = await s117('check', sarah, '--json');
    expect(first.code).toBe(0);
    expect(first.out).toBe(second.out);
    const parsed = checkOutputSchema.parse(JSON.parse(first.out));
    expect(parsed.flags.map((f) => f.rule)).toContain('NO-WRITTEN-CARE-PLAN');
  });

  it('prints remedy JSON whose total is the sum of its parts', async () => {
    const result = await s117('remedy', sarah, '--json');
    expect(result.code).toBe(0);
    const remedy = remedyOutputSchema.parse(JSON.parse(result.out));
    const byOrg = Object.values(remedy.byOrganisation).reduce((a, b) => a + b, 0);
    expect(byOrg).toBe(remedy.total);
    expect(remedy.total).toBe(200000);
  });

  it('names the file and the JSON path when the case file is invalid', async () => {
    const { writeFileSync } = await import('node:fs');
    const bad = join(dir, 'bad.s117.json');
    writeFileSync(
      bad,
      JSON.stringify({
        format: 's117-case',
        version: 1,
        case: { title: 'x', received: '2021-01-01' },
        people: [],
        organisations: [],
        events: [{ id: 'e1', date: 'soon', type: 'discharge' }],
      }),
    );
    const result = await s117('check', bad);
    expect(result.code).toBe(1);
    expect(result.err).toContain('bad.s117.json: events[0].date: not a date');
  });
});

describe('s117 evidence and search', () => {
  it('adds files reporting each outcome, lists them, and finds words with the page', async () => {
    const { writeFileSync } = await import('node:fs');
    await s117('cases', 'create', '--title', 'Evidence case', '--received', '2021-03-04', '--reference', '20 000 001');
    const note = join(dir, 'review.txt');
    writeFileSync(note, 'No six-week review of S117 aftercare was held.\n');
    const added = await s117('evidence', 'add', '20 000 001', note, join(dir, 'missing.pdf'));
    expect(added.code).toBe(1);
    expect(added.out).toMatch(/Imported 'review\.txt' as d1/);
    expect(added.out).toMatch(/missing\.pdf/);
    expect(added.out).toContain('1 imported, 0 already there, 1 failed.');
    const listed = JSON.parse((await s117('evidence', 'list', '20 000 001', '--json')).out) as Array<{
      id: string;
      title: string;
    }>;
    expect(listed.map((e) => e.id)).toEqual(['d1']);
    const found = await s117('search', 'six-week', 'review', '--case', '20 000 001', '--json');
    expect(found.code).toBe(0);
    const hits = JSON.parse(found.out) as Array<{ evidenceId: string; page: number; snippet: string }>;
    expect(hits[0]).toMatchObject({ evidenceId: 'd1', page: 1 });
    expect(hits[0]?.snippet).toContain('[review]');
    const bad = await s117('search', '"unclosed');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/quotation mark is not closed/);
  });
});

describe('exports from the command line are audited like the app’s', () => {
  it('records s117 export and s117 chronology of a stored case in its history, with who ran them', async () => {
    const created = await s117(
      'cases',
      'create',
      '--title',
      'Audited from the terminal',
      '--received',
      '2021-03-04',
      '--reference',
      '19 016 759',
    );
    expect(created.code).toBe(0);
    expect((await s117('export', '19 016 759', '--out', join(dir, 'out', 'case.s117.json'))).code).toBe(0);
    const chronology = await s117('chronology', '19 016 759', '--format', 'pdf', '--out', join(dir, 'chron.pdf'));
    expect(chronology).toMatchObject({ code: 0, err: '' });

    const services = createServices({ dataDir: dir, keys: testKeys(), ocr: false });
    try {
      const found = services.cases.findByIdOrReference('19 016 759')!;
      const history = services.cases.history(found.id);
      const exports = history.filter((h) => /^Exported/.test(h.summary));
      expect(exports.map((h) => h.summary)).toEqual([
        expect.stringMatching(/^Exported the case file to .*case\.s117\.json/),
        expect.stringMatching(/^Exported the chronology \(0 events\) as PDF to .*chron\.pdf \(s117 chronology\)$/),
      ]);
      expect(exports.every((h) => h.actor === 'CLI Tester')).toBe(true);
    } finally {
      services.close();
    }
  });
});

describe('s117 import of a case already here', () => {
  it('refuses with one line unless --as-new, which imports it as a second case', async () => {
    const sarah = join(FIXTURES, 'sarah-19016759.s117.json');
    const first = await s117('import', sarah);
    expect(first.code).toBe(0);
    const again = await s117('import', sarah);
    expect(again.code).toBe(1);
    expect(again.err.trim().split('\n')).toHaveLength(1);
    expect(again.err).toMatch(/19 016 759 .* is already in this workspace\. Nothing was imported\. Use --as-new/);
    const listed = async () => (JSON.parse((await s117('cases', 'list', '--json')).out) as unknown[]).length;
    expect(await listed()).toBe(1);
    const asNew = await s117('import', sarah, '--as-new');
    expect(asNew.code).toBe(0);
    expect(await listed()).toBe(2);
  });
});

describe('s117 cases list --due-for-deletion', () => {
  it('lists only closed cases past the retention period: none for a case closed today', async () => {
    await s117('cases', 'create', '--title', 'Closed today', '--received', '2015-01-01', '--stage', 'closed');
    await s117('cases', 'create', '--title', 'Open', '--received', '2015-01-01');
    expect(JSON.parse((await s117('cases', 'list', '--json')).out)).toHaveLength(2);
    const due = await s117('cases', 'list', '--due-for-deletion', '--json');
    expect(due.code).toBe(0);
    expect(JSON.parse(due.out)).toEqual([]);
  });
});
