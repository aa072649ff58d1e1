// The remedy forms read money as a person types it and say what is wrong beside the field.
import { describe, expect, it } from 'vitest';
import {
  actionFromForm,
  choicesFromForm,
  emptyActionForm,
  emptyPaymentForm,
  emptySymbolicForm,
  paymentFormFrom,
  paymentFromForm,
  symbolicFromForm,
} from './form-values';

describe('payment form', () => {
  it('reads "£1,288" as 128800 pence and gives a one-off payment', () => {
    const result = paymentFromForm({ ...emptyPaymentForm('p2'), date: '2019-04-01', amount: '£1,288', for: ' fees ' });
    expect(result).toEqual({
      ok: true,
      value: { date: '2019-04-01', amount: 128800, paidBy: 'p2', for: 'fees', meetsMentalHealthNeed: true },
    });
  });

  it('gives a schedule for regular payments and round-trips through the form', () => {
    const form = {
      ...emptyPaymentForm('p2'),
      repeat: 'schedule' as const,
      from: '2019-05-06',
      to: '2019-07-29',
      every: 'week' as const,
      amount: '256',
    };
    const result = paymentFromForm(form);
    expect(result.ok && result.value.schedule).toEqual({
      from: '2019-05-06',
      to: '2019-07-29',
      every: 'week',
      amount: 25600,
    });
    if (result.ok) expect(paymentFormFrom({ id: 'm2', ...result.value }).amount).toBe('256.00');
  });

  it('says why an amount is wrong, and asks for a date', () => {
    const result = paymentFromForm({ ...emptyPaymentForm('p2'), amount: '12.345' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.amount).toMatch(/two decimal places/);
    expect(result.errors.date).toBeDefined();
  });
});

describe('interest and apportionment', () => {
  it('needs percentages that add up to 100 and a reason for a rate', () => {
    const result = choicesFromForm({
      interestRate: '8',
      interestReason: '',
      apportionment: [
        { org: 'council', percent: '50' },
        { org: 'icb', percent: '40' },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.apportionment).toBe('The percentages add up to 90%; they must add up to 100%.');
    expect(result.errors.interestReason).toBeDefined();
  });

  it('reads 8.25% exactly and clears an empty rate', () => {
    const rate = choicesFromForm({ interestRate: '8.25', interestReason: 'court rate', apportionment: [] });
    expect(rate.ok && rate.value.interestRatePercent).toBe(8.25);
    const none = choicesFromForm({ interestRate: '', interestReason: '', apportionment: [] });
    expect(none.ok && none.value).toEqual({ interestRatePercent: null, interestReason: null, apportionment: [] });
  });
});

describe('symbolic payment form', () => {
  it('gives perMonth and months for a monthly payment', () => {
    const result = symbolicFromForm({
      ...emptySymbolicForm('p1', 'trust'),
      mode: 'monthly',
      perMonth: '50',
      months: '5',
    });
    expect(result).toEqual({ ok: true, value: { kind: 'distress', to: 'p1', by: 'trust', perMonth: 5000, months: 5 } });
  });

  it('refuses a number of months that is not a whole number', () => {
    const result = symbolicFromForm({
      ...emptySymbolicForm('p1', 'trust'),
      mode: 'monthly',
      perMonth: '50',
      months: '2.5',
    });
    expect(!result.ok && result.errors.months).toBeTruthy();
  });
});

describe('action form', () => {
  it('needs a body and, for a service improvement, what is to be done', () => {
    const result = actionFromForm({ ...emptyActionForm(), kind: 'service_improvement', text: ' ' });
    expect(!result.ok && Object.keys(result.errors).sort()).toEqual(['by', 'text']);
    const ok = actionFromForm({ ...emptyActionForm(), by: ['council'], periodKind: 'working_days', period: '20' });
    expect(ok).toEqual({ ok: true, value: { kind: 'apology', by: ['council'], withinWorkingDays: 20 } });
  });
});
