// The table's rows: year headers, filters, same-day neighbours and citation labels.
import { describe, expect, it } from 'vitest';
import type { CaseFileEvent } from '../../../shared/casefile/schema';
import { buildChronologyRows, citationLabel, eventDetails, NO_FILTERS, NO_ORG } from './chronology-rows';

const ev = (id: string, date: string, type: string, extra: Record<string, unknown> = {}) =>
  ({ id, date, type, ...extra }) as CaseFileEvent;
const lookups = {
  orgNames: new Map([['trust', 'Anytown Trust']]),
  evidence: new Map([['d1', { title: 'Care plan' }]]),
};
const events = [
  ev('e1', '2019-01-10', 'detention', { section: '3', org: 'trust' }),
  ev('e2', '2019-03-01', 'discharge', { org: 'trust', citations: [{ evidence: 'd1', page: 3 }] }),
  ev('e3', '2019-03-01', 'care_plan_written', { text: 'Plan names supported living' }),
  ev('e4', '2020-06-01', 'complaint_to_org'),
];

describe('buildChronologyRows', () => {
  it('puts a header before each year with its count', () => {
    const rows = buildChronologyRows(events, NO_FILTERS, lookups);
    expect(rows.map((r) => (r.kind === 'year' ? `${r.year}:${r.count}` : r.key))).toEqual([
      '2019:3',
      'e1',
      'e2',
      'e3',
      '2020:1',
      'e4',
    ]);
  });

  it('lets only same-day events move', () => {
    const rows = buildChronologyRows(events, NO_FILTERS, lookups).filter((r) => r.kind === 'event');
    expect(rows.map((r) => [r.key, r.canMoveUp, r.canMoveDown])).toEqual([
      ['e1', false, false],
      ['e2', false, true],
      ['e3', true, false],
      ['e4', false, false],
    ]);
  });

  it('filters by organisation, by no organisation, by missing citation and by words', () => {
    const keys = (f: Partial<typeof NO_FILTERS>) =>
      buildChronologyRows(events, { ...NO_FILTERS, ...f }, lookups)
        .filter((r) => r.kind === 'event')
        .map((r) => r.key);
    expect(keys({ org: 'trust' })).toEqual(['e1', 'e2']);
    expect(keys({ org: NO_ORG })).toEqual(['e3', 'e4']);
    expect(keys({ withoutCitation: true })).toEqual(['e1', 'e3', 'e4']);
    expect(keys({ text: 'supported PLAN' })).toEqual(['e3']);
    expect(keys({ text: 'care plan, p. 3' })).toEqual(['e2']);
    expect(keys({ types: ['complaint_to_org'] })).toEqual(['e4']);
  });
});

describe('citationLabel', () => {
  it('names the document and its page or pages', () => {
    expect(citationLabel({ evidence: 'd1', page: 3 }, lookups.evidence)).toBe('Care plan, p. 3');
    expect(citationLabel({ evidence: 'd1', page: 3, pageEnd: 5 }, lookups.evidence)).toBe('Care plan, pp. 3–5');
    expect(citationLabel({ evidence: 'd9' }, lookups.evidence)).toBe('d9');
  });
});

describe('eventDetails', () => {
  it('words the new 1.1 fields: a charge not for a mental health need, a plan silent on funding, a dispute', () => {
    expect(
      eventDetails(
        ev('x', '2019-01-01', 'charge_levied', { amount: 2500, meetsMentalHealthNeed: false }),
        lookups.orgNames,
      ),
    ).toBe('£25.00, meets mental health need: no');
    expect(eventDetails(ev('x', '2019-01-01', 'care_plan_written', { explainsFunding: false }), lookups.orgNames)).toBe(
      'says which services S117 funds: no',
    );
    expect(
      eventDetails(
        ev('x', '2019-01-01', 'funding_dispute', { orgs: ['trust', 'icb'], to: '2019-03-04' }),
        lookups.orgNames,
      ),
    ).toMatch(/ and .*, settled 04\/03\/2019$/);
    expect(eventDetails(ev('x', '2019-01-01', 'funding_dispute'), lookups.orgNames)).toBe('not settled');
  });

  it('says the type-specific facts in a few words', () => {
    expect(
      eventDetails(ev('x', '2019-01-01', 'charge_levied', { amount: 2500, service: 'day centre' }), lookups.orgNames),
    ).toBe('day centre, £25.00');
    expect(eventDetails(ev('x', '2019-01-01', 's117_ended', { decidedBy: ['trust', 'icb'] }), lookups.orgNames)).toBe(
      'Anytown Trust and icb',
    );
    expect(eventDetails(ev('x', '2019-01-01', 'top_up_agreed', { preferredByPerson: false }), lookups.orgNames)).toBe(
      'chosen by the person: no',
    );
    expect(eventDetails(ev('x', '2019-01-01', 'death'), lookups.orgNames)).toBe('');
  });
});
