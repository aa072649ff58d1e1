// The one mutation wrapper (electron/store/mutate.ts): a change and its audit entry are committed
// together or not at all, and the entry names the actor and the time the mutator was given.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../electron/store/db';
import { listAudit } from '../../electron/store/audit';
import { createMutator } from '../../electron/store/mutate';

let dir: string;
let db: Db;
let actorName: string;
let clock: Date;
const mutate = () => createMutator({ db, actor: () => actorName, now: () => clock });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 's117-mutate-'));
  db = openDatabase(join(dir, 'w.sqlite'));
  db.exec(`CREATE TABLE notes (id TEXT PRIMARY KEY, text TEXT NOT NULL, written_at TEXT NOT NULL)`);
  actorName = 'Jo Investigator';
  clock = new Date('2024-03-05T10:15:00.000Z');
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const notes = () => db.prepare(`SELECT id, text, written_at AS writtenAt FROM notes ORDER BY id`).all();

describe('a mutation', () => {
  it('commits the change and its audit entry together, and returns what the work returns', () => {
    const result = mutate()((change) => {
      db.prepare(`INSERT INTO notes VALUES (?, ?, ?)`).run('n1', 'Called the ward', change.at.toISOString());
      change.audit({
        caseId: 'c1',
        action: 'create',
        entity: 'note',
        entityId: 'n1',
        summary: 'Added the note n1',
        after: { text: 'Called the ward' },
      });
      return { id: 'n1' };
    });

    expect(result).toEqual({ id: 'n1' });
    expect(notes()).toEqual([{ id: 'n1', text: 'Called the ward', writtenAt: '2024-03-05T10:15:00.000Z' }]);
    expect(listAudit(db, 'c1')).toEqual([
      {
        seq: expect.any(Number),
        at: '2024-03-05T10:15:00.000Z',
        actor: 'Jo Investigator',
        caseId: 'c1',
        action: 'create',
        entity: 'note',
        entityId: 'n1',
        summary: 'Added the note n1',
        before: null,
        after: { text: 'Called the ward' },
      },
    ]);
  });

  it('writes nothing, neither the change nor its audit entry, when the work throws; the error propagates', () => {
    mutate()((change) => {
      db.prepare(`INSERT INTO notes VALUES (?, ?, ?)`).run('n1', 'Kept', change.at.toISOString());
      change.audit({ caseId: 'c1', action: 'create', entity: 'note', entityId: 'n1', summary: 'Added the note n1' });
    });
    const refusal = new Error('the note names no organisation');

    expect(() =>
      mutate()((change) => {
        db.prepare(`INSERT INTO notes VALUES (?, ?, ?)`).run('n2', 'Lost', change.at.toISOString());
        change.audit({ caseId: 'c1', action: 'create', entity: 'note', entityId: 'n2', summary: 'Added the note n2' });
        throw refusal;
      }),
    ).toThrow(refusal);

    expect(notes()).toEqual([{ id: 'n1', text: 'Kept', writtenAt: '2024-03-05T10:15:00.000Z' }]);
    expect(listAudit(db, 'c1').map((e) => e.summary)).toEqual(['Added the note n1']);
  });

  it('takes who and when from the actor and clock it was given, read as each change starts', () => {
    const stamps: Array<{ actor: string; at: string }> = [];
    const m = mutate();
    const record = (id: string) =>
      m((change) => {
        stamps.push({ actor: change.actor, at: change.at.toISOString() });
        change.audit({ caseId: 'c1', action: 'create', entity: 'note', entityId: id, summary: `Added ${id}` });
        change.audit({ caseId: 'c1', action: 'link', entity: 'note', entityId: id, summary: `Linked ${id}` });
      });

    record('n1');
    actorName = 'Sam Reviewer';
    clock = new Date('2024-03-06T09:00:00.000Z');
    record('n2');

    expect(stamps).toEqual([
      { actor: 'Jo Investigator', at: '2024-03-05T10:15:00.000Z' },
      { actor: 'Sam Reviewer', at: '2024-03-06T09:00:00.000Z' },
    ]);
    expect(listAudit(db, 'c1').map((e) => [e.summary, e.actor, e.at])).toEqual([
      ['Added n1', 'Jo Investigator', '2024-03-05T10:15:00.000Z'],
      ['Linked n1', 'Jo Investigator', '2024-03-05T10:15:00.000Z'],
      ['Added n2', 'Sam Reviewer', '2024-03-06T09:00:00.000Z'],
      ['Linked n2', 'Sam Reviewer', '2024-03-06T09:00:00.000Z'],
    ]);
  });
});
