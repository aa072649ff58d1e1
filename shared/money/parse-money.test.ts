import { describe, expect, it } from 'vitest';
import { parseMoney } from './parse-money';
import { formatPence, formatPenceForInput, formatPenceShort } from './format-money';
import fc from 'fast-check';

describe('parseMoney', () => {
  it.each([
    ['£1,288', 128800],
    ['1288.5', 128850],
    ['1,288.00', 128800],
    [' £ 12 ', 1200],
    ['0.05', 5],
    ['.5', 50],
    ['12.', 1200],
    ['£1,234,567.89', 123456789],
    ['GBP 40', 4000],
    ['gbp40', 4000],
    ['\t£1288.50\n', 128850],
    ['0', 0],
  ])('reads %j as %i pence', (input, pence) => {
    expect(parseMoney(input)).toEqual({ ok: true, pence });
  });

  it.each([
    ['12.345', /two decimal places/],
    ['-12', /negative/],
    ['£-12', /negative/],
    ['−5', /negative/],
    ['(12.00)', /negative/],
    ['', /no amount/],
    ['   ', /no amount/],
    ['£', /no amount/],
    ['twelve', /use digits and a decimal point/],
    ['12abc', /use digits and a decimal point/],
    ['1.2.3', /decimal point/],
    ['12,34', /groups of three/],
    ['1,2345', /groups of three/],
    ['$12', /use digits and a decimal point/],
    ['12 34', /spaces inside/],
    ['1 288.00', /spaces inside/],
  ])('rejects %j, saying why', (input, reason) => {
    const result = parseMoney(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});

describe('formatting pence', () => {
  it.each([
    [128800, '£1,288.00', '£1,288'],
    [128850, '£1,288.50', '£1,288.50'],
    [5, '£0.05', '£0.05'],
    [0, '£0.00', '£0'],
    [100000000, '£1,000,000.00', '£1,000,000'],
    [-4000, '-£40.00', '-£40'],
  ])('%i pence is %s (short %s)', (pence, full, short) => {
    expect(formatPence(pence)).toBe(full);
    expect(formatPenceShort(pence)).toBe(short);
  });

  it('refuses fractions of a penny', () => {
    expect(() => formatPence(12.5)).toThrow();
  });

  it('reads back every formatted amount as the same pence', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (pence) => {
        expect(parseMoney(formatPence(pence))).toEqual({ ok: true, pence });
        expect(parseMoney(formatPenceShort(pence))).toEqual({ ok: true, pence });
        expect(parseMoney(formatPenceForInput(pence))).toEqual({ ok: true, pence });
      }),
    );
  });
});
