import { describe, expect, it } from 'vitest';
import { ev, flagsOf, makeCase, properEnding } from '../test-support';
import { housingBenefitForS117Accommodation } from './housing-benefit-for-s117-accommodation';

const base = [ev('detention', '2020-01-01'), ev('discharge', '2020-02-01')];

describe('HOUSING-BENEFIT-FOR-S117-ACCOMMODATION', () => {
  it('fires on a housing benefit claim after a placement meeting a mental-health need', () => {
    const file = makeCase({
      events: [
        ...base,
        ev('accommodation_placement', '2020-02-01', { accommodation: 'specialist', meetsMentalHealthNeed: true }),
        ev('housing_benefit_claim', '2020-02-10'),
      ],
    });
    const flags = flagsOf(housingBenefitForS117Accommodation, file, '2020-06-01');
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ severity: 'fault', date: '2020-02-10', events: ['e4'] });
  });

  it('is quiet for ordinary accommodation, and for a placement in an earlier episode', () => {
    const ordinary = makeCase({
      events: [
        ...base,
        ev('accommodation_placement', '2020-02-01', { accommodation: 'ordinary', meetsMentalHealthNeed: false }),
        ev('housing_benefit_claim', '2020-02-10'),
      ],
    });
    expect(flagsOf(housingBenefitForS117Accommodation, ordinary, '2020-06-01')).toEqual([]);
    const earlier = makeCase({
      events: [
        ...base,
        ev('accommodation_placement', '2020-02-01', { meetsMentalHealthNeed: true }),
        ev('accommodation_placement', '2020-04-20', { accommodation: 'ordinary', meetsMentalHealthNeed: false }),
        properEnding('2020-05-01'),
        ev('housing_benefit_claim', '2020-06-10'),
      ],
    });
    expect(flagsOf(housingBenefitForS117Accommodation, earlier, '2020-07-01')).toEqual([]);
  });

  it('keeps flagging after an improper ending, and counts a placement on the claim day listed after it', () => {
    const improper = makeCase({
      events: [
        ...base,
        ev('accommodation_placement', '2020-02-01', { meetsMentalHealthNeed: true }),
        properEnding('2020-05-01', { personInvolved: false }),
        ev('housing_benefit_claim', '2020-06-10'),
      ],
    });
    expect(flagsOf(housingBenefitForS117Accommodation, improper, '2020-07-01').map((f) => f.events)).toEqual([['e5']]);
    const sameDay = makeCase({
      events: [
        ...base,
        ev('housing_benefit_claim', '2020-03-01'),
        ev('accommodation_placement', '2020-03-01', { meetsMentalHealthNeed: true }),
      ],
    });
    expect(flagsOf(housingBenefitForS117Accommodation, sameDay, '2020-07-01').map((f) => f.events)).toEqual([['e3']]);
  });
});
