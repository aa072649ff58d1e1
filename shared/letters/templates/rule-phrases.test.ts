import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../s117/rule-ids';
import { makeCase } from '../../s117/test-support';
import { phrasesFor, RULE_PHRASES } from './rule-phrases';

describe('rule phrases', () => {
  it('phrases every rule, the 1.1 rules included, for what the findings are about', () => {
    for (const id of RULE_IDS) expect(RULE_PHRASES[id]).toMatch(/\S/);
    const file = makeCase({ events: [{ type: 'other', date: '2020-01-01' }] });
    const finding = (id: string, rule: string) => ({ id, org: 'council', rule, fault: '…', injustice: [] });
    expect(
      phrasesFor(file, [
        finding('f1', 'DISCHARGE-DELAYED-BY-DISPUTE'),
        finding('f2', 'NO-REVIEW-AFTER-DETERIORATION'),
        finding('f3', 'CARE-PLAN-NOT-EXPLAINED'),
        finding('f4', 'ENDED-WHILE-IN-S117-ACCOMMODATION'),
      ]),
    ).toEqual([
      'letting a dispute about who pays delay discharge',
      'not reviewing aftercare when the person’s health deteriorated',
      'not explaining in the care plan which services were free aftercare',
      'ending aftercare while the person was still in aftercare accommodation',
    ]);
  });
});
