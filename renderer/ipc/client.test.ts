// The client sends one call for a double click: an identical call in flight is shared, not repeated.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { invoke } from './client';

afterEach(() => vi.unstubAllGlobals());

describe('invoke', () => {
  it('sends an identical call only once while it is in flight, and again once it has finished', async () => {
    let calls = 0;
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    vi.stubGlobal('window', {
      workbench: {
        invoke: async () => {
          const id = `L${++calls}`;
          await gate;
          return { ok: true, value: { id } };
        },
      },
    });
    const first = invoke('letters.create', { caseId: 'c1', template: 'final' });
    const second = invoke('letters.create', { caseId: 'c1', template: 'final' });
    const other = invoke('letters.create', { caseId: 'c1', template: 'draft' });
    release();
    expect(await first).toEqual({ id: 'L1' });
    expect(await second).toEqual({ id: 'L1' });
    expect(await other).toEqual({ id: 'L2' });
    expect(calls).toBe(2);
    await invoke('letters.create', { caseId: 'c1', template: 'final' });
    expect(calls).toBe(3);
  });
});
