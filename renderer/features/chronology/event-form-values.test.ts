// The event form's conversions: what is typed becomes the case-file event, and back again.
import { describe, expect, it } from 'vitest';
import type { CaseFileEvent } from '../../../shared/casefile/schema';
import { eventSchema } from '../../../shared/casefile/schema';
import {
  emptyEventForm,
  eventFromForm,
  formFromEvent,
  formFromPrefill,
  storedDate,
  switchPrecision,
} from './event-form-values';

describe('eventFromForm', () => {
  it('stores a month as the first of the month with its precision', () => {
    const result = eventFromForm({
      ...emptyEventForm(),
      precision: 'month',
      date: '2019-03',
      type: 'needs_assessment',
    });
    expect(result).toEqual({ ok: true, event: { date: '2019-03-01', precision: 'month', type: 'needs_assessment' } });
  });

  it('reads money into pence and refuses what is not money, beside the amount', () => {
    const ok = eventFromForm({ ...emptyEventForm(), date: '2019-05-01', type: 'charge_levied', amount: '£1,288.50' });
    expect(ok.ok && ok.event.amount).toBe(128850);
    const bad = eventFromForm({ ...emptyEventForm(), date: '2019-05-01', type: 'charge_levied', amount: '12 88' });
    expect(!bad.ok && bad.errors.amount).toMatch(/spaces/);
  });

  it('names the fields that are wrong with the server’s paths', () => {
    const result = eventFromForm({
      ...emptyEventForm(),
      date: '2019-02-30',
      type: 'detention',
      citations: [{ evidence: 'd1', page: 'three', pageEnd: '', quote: '' }],
    });
    expect(!result.ok && Object.keys(result.errors).sort()).toEqual(['citations[0].page', 'date', 'section']);
  });

  it('round-trips every type-specific field through the form', () => {
    const samples: CaseFileEvent[] = [
      {
        id: 'e1',
        date: '2019-01-10',
        type: 'detention',
        section: '3',
        org: 'trust',
        residence: { council: 'council', gpCommissioner: 'icb' },
        citations: [{ evidence: 'd1', page: 3, pageEnd: 4, quote: 'detained' }],
      },
      {
        id: 'e2',
        date: '2019-01-01',
        precision: 'year',
        type: 'top_up_agreed',
        amount: 5000,
        preferredByPerson: false,
      },
      {
        id: 'e3',
        date: '2021-01-01',
        precision: 'approximate',
        type: 's117_ended',
        decidedBy: ['council'],
        personInvolved: false,
        recorded: true,
        reasons: ['time_elapsed'],
      },
      {
        id: 'e4',
        date: '2019-04-02',
        type: 'accommodation_placement',
        accommodation: 'care_home',
        meetsMentalHealthNeed: true,
      },
      { id: 'e5', date: '2019-05-01', type: 'charge_levied', amount: 3100, meetsMentalHealthNeed: false },
      { id: 'e6', date: '2019-02-01', type: 'care_plan_written', explainsFunding: false },
      { id: 'e7', date: '2019-01-20', type: 'funding_dispute', orgs: ['council', 'icb'], to: '2019-03-04' },
      { id: 'e8', date: '2019-01-20', type: 'funding_dispute' },
    ];
    for (const event of samples) {
      const back = eventFromForm(formFromEvent(event));
      expect(back.ok).toBe(true);
      if (back.ok) expect(eventSchema.parse({ ...back.event, id: event.id })).toEqual(event);
    }
  });
});

describe('a funding dispute', () => {
  it('reads the day it was settled the UK way, and says so when it is not a date or comes before the dispute', () => {
    const form = formFromEvent({ id: 'e1', date: '2019-01-20', type: 'funding_dispute', orgs: ['council'] });
    expect(eventFromForm({ ...form, settledOn: '4 March 2019' })).toMatchObject({
      ok: true,
      event: { orgs: ['council'], to: '2019-03-04' },
    });
    const notADate = eventFromForm({ ...form, settledOn: 'March' });
    expect(notADate.ok ? null : notADate.errors.to).toMatch(/Enter the date it was settled/);
    const before = eventFromForm({ ...form, settledOn: '01/01/2019' });
    expect(before.ok ? null : before.errors.to).toMatch(/cannot be settled before the dispute began/);
  });
});

describe('the date as typed', () => {
  it('reads a day the UK way, in figures or words, and refuses half a date', () => {
    const day = (date: string) => storedDate({ precision: 'day', date });
    expect(day('03/04/2019')).toBe('2019-04-03');
    expect(day('3 April 2019')).toBe('2019-04-03');
    expect(day('2019-04-03')).toBe('2019-04-03');
    expect(day('April 2019')).toBeNull();
    expect(day('31/04/2019')).toBeNull();
  });

  it('keeps the date when the precision changes, as the new control writes it', () => {
    expect(switchPrecision({ precision: 'day', date: '12/03/2019' }, 'month')).toBe('2019-03');
    expect(switchPrecision({ precision: 'month', date: '2019-03' }, 'day')).toBe('01/03/2019');
    expect(switchPrecision({ precision: 'day', date: '12/03/2019' }, 'approximate')).toBe('2019');
    expect(formFromEvent({ id: 'e1', date: '2019-03-12', type: 'death' }).date).toBe('12/03/2019');
  });
});

describe('formFromPrefill', () => {
  it('takes the evidence, page, quote and date from the address', () => {
    const values = formFromPrefill(new URLSearchParams('evidence=d1&page=3&quote=discharged%20home&date=2019-03-01'));
    expect(values.date).toBe('01/03/2019');
    expect(values.citations).toEqual([{ evidence: 'd1', page: '3', pageEnd: '', quote: 'discharged home' }]);
  });

  it('ignores a bad date or type', () => {
    const values = formFromPrefill(new URLSearchParams('date=2019-02-30&type=nonsense'));
    expect(values.date).toBe('');
    expect(values.type).toBeNull();
  });
});
