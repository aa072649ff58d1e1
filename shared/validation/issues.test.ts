import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { eventSchema } from '../casefile/schema';
import { parseMoney } from '../money/parse-money';
import { toFieldIssues } from './issues';

const messages = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? [] : toFieldIssues(r.error).map((i) => `${i.path}: ${i.message}`);
};

describe('messages that say what to do', () => {
  it('a description over the limit says the limit, not "must be text"', () => {
    const found = messages(eventSchema, { id: 'e1', date: '2019-04-15', type: 'discharge', text: 'x'.repeat(10_000) });
    expect(found).toEqual(['text: is too long: keep it to 5,000 characters']);
  });
  it('a number below its minimum says the minimum', () => {
    expect(messages(z.object({ weeks: z.number().min(1) }), { weeks: -3 })).toEqual(['weeks: must be at least 1']);
  });
  it('what is not money says how to write money, without repeating itself', () => {
    const parsed = parseMoney('lots');
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.reason).toBe('use digits and a decimal point, e.g. 1288.50');
  });
});
