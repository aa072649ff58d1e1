import { describe, expect, it } from 'vitest';
import { checkCase } from './check-case';
import { DUTIES, dutyStatuses } from './duties';
import { ev, makeCase, wellRunEpisode } from './test-support';
import { RULE_IDS } from './rule-ids';

const statusOf = (file: ReturnType<typeof makeCase>, asAt: string) =>
  Object.fromEntries(dutyStatuses(file, checkCase(file, { asAt })).map((s) => [s.duty.id, s]));

describe('duties', () => {
  it('lists the twelve duties of DOMAIN.md with known rule ids', () => {
    expect(DUTIES).toHaveLength(12);
    for (const duty of DUTIES) for (const id of duty.ruleIds) expect(RULE_IDS).toContain(id);
  });

  it('marks duties met by the events that show them done', () => {
    const file = makeCase({ events: wellRunEpisode('2019-01-01') });
    const s = statusOf(file, '2019-06-01');
    expect(s['written-care-plan']).toMatchObject({ status: 'met', events: ['e5'] });
    expect(s['reviews']).toMatchObject({ status: 'met', events: ['e9'] });
    expect(s['free-aftercare']?.status).toBe('met');
    expect(s['ending-aftercare']?.status).toBe('not_applicable');
    expect(s['personal-health-budget']?.status).toBe('not_applicable');
  });

  it('marks a fault not_met and a concern not_evidenced, with their flags', () => {
    const file = makeCase({ events: [ev('detention', '2019-01-01'), ev('discharge', '2019-02-01')] });
    const s = statusOf(file, '2019-06-01');
    expect(s['reviews']?.status).toBe('not_met');
    expect(s['reviews']?.flags.map((f) => f.rule)).toEqual(['FIRST-REVIEW-LATE']);
    expect(s['written-care-plan']).toMatchObject({ status: 'not_evidenced', events: ['e2'] });
  });

  it('makes every duty not_applicable when the person is not eligible', () => {
    const file = makeCase({ events: [ev('detention', '2019-01-01', { section: '2' }), ev('discharge', '2019-02-01')] });
    expect(Object.values(statusOf(file, '2019-06-01')).every((s) => s.status === 'not_applicable')).toBe(true);
  });

  it('leaves dismissed flags out', () => {
    const file = makeCase({
      events: [ev('detention', '2019-01-01'), ev('discharge', '2019-02-01'), ev('s117_review', '2019-04-01')],
    });
    const dismissed = {
      ...file,
      dismissals: [{ rule: 'FIRST-REVIEW-LATE', date: '2019-03-15', reason: 'review was held, minutes lost' }],
    };
    expect(statusOf(file, '2019-06-01')['reviews']?.status).toBe('not_met');
    expect(statusOf(dismissed, '2019-06-01')['reviews']?.status).toBe('met');
  });

  it('places the rules added in 1.1 under their duties, so the panel shows their flags there', () => {
    const ruleDuty = (rule: string) => DUTIES.find((d) => (d.ruleIds as string[]).includes(rule))?.id;
    expect(ruleDuty('DISCHARGE-DELAYED-BY-DISPUTE')).toBe('joint-working');
    expect(ruleDuty('NO-REVIEW-AFTER-DETERIORATION')).toBe('reviews');
    expect(ruleDuty('CARE-PLAN-NOT-EXPLAINED')).toBe('written-care-plan');
    expect(ruleDuty('ENDED-WHILE-IN-S117-ACCOMMODATION')).toBe('ending-aftercare');
    const file = makeCase({
      events: [
        ev('detention', '2019-01-01'),
        ev('funding_dispute', '2019-01-10', { orgs: ['council', 'ccg'] }),
        ev('care_plan_written', '2019-01-20', { explainsFunding: false }),
        ev('discharge', '2019-02-01'),
      ],
    });
    const s = statusOf(file, '2019-06-01');
    expect(s['joint-working']).toMatchObject({ status: 'not_met', events: ['e2'] });
    expect(s['written-care-plan']).toMatchObject({ status: 'not_evidenced', events: ['e3'] });
  });
});
