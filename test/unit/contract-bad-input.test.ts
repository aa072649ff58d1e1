// Every contract channel refuses malformed input with a structured error naming the field,
// and the workspace is left exactly as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/ipc/contract';
import { HANDLED_CHANNELS } from '../../electron/handlers';
import { makeWorkspace, sampleDraft, tableCounts, type TestWorkspace } from '../support/workspace';

const MALFORMED: Array<[string, unknown]> = [
  ['a number', 42],
  ['a string', 'hello'],
  ['an array', [1, 2]],
  ['an unknown field', { __notAField: true }],
];

let ws: TestWorkspace;
beforeAll(async () => {
  ws = makeWorkspace();
  const created = await ws.handlers.invoke('cases.create', { draft: sampleDraft() });
  expect(created.ok).toBe(true);
});
afterAll(() => ws.dispose());

describe('the contract', () => {
  it('has a handler for every channel and no handler without a channel', () => {
    expect([...HANDLED_CHANNELS].sort()).toEqual([...CHANNELS].sort());
  });

  for (const channel of CHANNELS) {
    describe(channel, () => {
      it.each(MALFORMED)('rejects %s with invalid_input and changes nothing', async (_what, payload) => {
        const before = tableCounts(ws.services);
        const result = await ws.handlers.invoke(channel, payload);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.error.code).toBe('invalid_input');
        expect(result.error.message.length).toBeGreaterThan(0);
        expect(result.error.issues?.length).toBeGreaterThan(0);
        expect(tableCounts(ws.services)).toEqual(before);
      });
    });
  }

  it('names the field at fault', async () => {
    const before = tableCounts(ws.services);
    const result = await ws.handlers.invoke('cases.create', { draft: { ...sampleDraft(), received: '2021-02-30' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'draft.received' }] } });
    expect(tableCounts(ws.services)).toEqual(before);
  });

  it('refuses an empty title with a message a caseworker understands', async () => {
    const before = tableCounts(ws.services);
    const result = await ws.handlers.invoke('cases.create', { draft: { ...sampleDraft(), title: '   ' } });
    expect(result).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'draft.title', message: 'Enter a title for the case' }] },
    });
    expect(tableCounts(ws.services)).toEqual(before);
  });

  it('answers an unknown channel without throwing', async () => {
    const result = await ws.handlers.invoke('cases.format-disk', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
  });

  it('answers a missing case with not_found', async () => {
    const result = await ws.handlers.invoke('cases.get', { caseId: 'no-such-case' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
