// The retention filter: the case list can show only the closed cases whose closing is older than
// the retention period (a setting, 6 years unless changed); a case closed recently, or open, or
// reopened, is not offered for deletion.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../electron/services';
import { createHandlers } from '../../electron/handlers';
import { scriptedHost } from '../../electron/host';
import { caseDraftSchema } from '../../shared/domain/case';
import { testKeys } from '../support/test-keys';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 's117-retention-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The workspace as it is on `date` (its audit log records that date for every change). */
function at(date: string): Services {
  return createServices({ dataDir: dir, keys: testKeys(), actor: 'Tester', ocr: false, now: () => new Date(date) });
}

const draft = (title: string, stage: 'investigation' | 'closed') =>
  caseDraftSchema.parse({ title, received: '2015-01-01', stage, people: [], organisations: [] });

describe('cases due for deletion', () => {
  it('are the closed cases closed more than the retention period ago (6 years by default, then as set)', async () => {
    let ws = at('2017-03-01T10:00:00Z');
    ws.cases.create(draft('Closed in 2017', 'closed'));
    const reopened = ws.cases.create(draft('Closed in 2017, reopened in 2024', 'closed'));
    const later = ws.cases.create(draft('Closed in 2021', 'investigation'));
    ws.cases.create(draft('Still open', 'investigation'));
    ws.close();
    ws = at('2021-06-01T10:00:00Z');
    ws.cases.update(later.id, draft('Closed in 2021', 'closed'));
    ws.close();
    ws = at('2024-02-01T10:00:00Z');
    ws.cases.update(reopened.id, draft('Closed in 2017, reopened in 2024', 'investigation'));
    ws.close();

    ws = at('2025-01-01T10:00:00Z');
    try {
      const handlers = createHandlers(ws, scriptedHost(), { validateOutputs: true });
      const due = async () => {
        const result = await handlers.invoke('cases.list', { dueForDeletion: true });
        if (!result.ok) throw new Error(result.error.message);
        return (result.value as Array<{ title: string }>).map((c) => c.title).sort();
      };
      expect(ws.settings.get().retentionYears).toBe(6);
      expect(await due()).toEqual(['Closed in 2017']);
      expect(ws.cases.list({}).length).toBe(4);

      const changed = await handlers.invoke('settings.update', { retentionYears: 3 });
      expect(changed).toMatchObject({ ok: true, value: { retentionYears: 3 } });
      expect(await due()).toEqual(['Closed in 2017', 'Closed in 2021']);

      const refused = await handlers.invoke('settings.update', { retentionYears: 0 });
      expect(refused.ok).toBe(false);
      expect(ws.settings.get().retentionYears).toBe(3);
    } finally {
      ws.close();
    }
  });
});
