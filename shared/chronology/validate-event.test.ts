import { describe, expect, it } from 'vitest';
import { validateEvent } from './validate-event';

const ctx = { orgIds: new Set(['council', 'icb']), evidencePages: new Map<string, number>() };

describe('validateEvent: a funding dispute', () => {
  it('accepts the bodies of the case and a settled day on or after the dispute', () => {
    const event = { id: 'e1', date: '2020-01-20', type: 'funding_dispute', orgs: ['council', 'icb'], to: '2020-01-20' };
    expect(validateEvent(event, ctx)).toEqual({ ok: true, event });
  });

  it('names a body not in the case, and a dispute settled before it began', () => {
    const result = validateEvent(
      { id: 'e1', date: '2020-01-20', type: 'funding_dispute', orgs: ['council', 'ccg9'], to: '2020-01-19' },
      ctx,
    );
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: 'orgs[1]', message: 'no organisation "ccg9" in this case' },
        { path: 'to', message: 'the dispute cannot be settled before it began' },
      ],
    });
  });
});
