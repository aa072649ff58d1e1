import { describe, expect, it } from 'vitest';
import { checkOutputSchema } from './check-output';
import { checkCase } from './check-case';
import { serializeCheck } from './serialize-check';
import { ev, makeCase, properEnding, RESIDENCE, wellRunEpisode } from './test-support';
import { RULE_IDS } from './rule-ids';
import { RULES } from './rules';

describe('checkCase: episodes and entitlement', () => {
  it('starts an episode at each qualifying detention and ends it at the next, an ending or death', () => {
    const file = makeCase({
      events: [
        ev('detention', '2019-01-01', { section: '2' }),
        ev('detention', '2019-01-20'),
        ev('discharge', '2019-03-01'),
        ev('detention', '2019-06-01', { section: '37' }),
        ev('discharge', '2019-08-01'),
        properEnding('2020-01-01'),
        ev('detention', '2021-01-01'),
        ev('death', '2021-02-01'),
      ],
    });
    const check = checkCase(file, { asAt: '2021-06-01' });
    expect(check.episodes).toEqual([
      { detention: 'e2', discharge: 'e3', end: 'e4' },
      { detention: 'e4', discharge: 'e5', end: 'e6' },
      { detention: 'e7', discharge: null, end: 'e8' },
    ]);
    expect(check.eligible).toBe(true);
    expect(check.entitlementFrom).toBe('2019-03-01');
  });

  it('does not end an episode at an improper ending, and continues it after a reinstatement', () => {
    const file = makeCase({
      events: [
        ev('detention', '2019-01-20'),
        ev('discharge', '2019-03-01'),
        properEnding('2019-06-01', { reasons: ['time_elapsed'] }),
        properEnding('2019-09-01'),
        ev('services_started', '2019-10-01'),
        properEnding('2020-03-01'),
      ],
    });
    expect(checkCase(file, { asAt: '2019-12-01' }).episodes).toEqual([{ detention: 'e1', discharge: 'e2', end: null }]);
    expect(checkCase(file, { asAt: '2020-06-01' }).episodes).toEqual([{ detention: 'e1', discharge: 'e2', end: 'e6' }]);
    const stopped = makeCase({ events: file.events.slice(0, 4).map(({ id: _id, ...e }) => e) });
    expect(checkCase(stopped, { asAt: '2020-06-01' }).episodes).toEqual([
      { detention: 'e1', discharge: 'e2', end: 'e4' },
    ]);
  });

  it('gives byte-identical output for the same input, with the new rules', () => {
    const file = makeCase({
      events: [
        ev('detention', '2020-01-01'),
        ev('funding_dispute', '2020-01-10', { orgs: ['council', 'ccg'] }),
        ev('care_plan_written', '2020-01-20', { explainsFunding: false }),
        ev('discharge', '2020-02-01'),
        ev('accommodation_placement', '2020-02-01', { meetsMentalHealthNeed: true }),
        ev('deterioration', '2020-03-01'),
        properEnding('2020-06-01'),
      ],
    });
    const once = serializeCheck(checkCase(file, { asAt: '2021-01-01' }));
    expect(serializeCheck(checkCase(file, { asAt: '2021-01-01' }))).toBe(once);
    const rules = (JSON.parse(once) as { flags: Array<{ rule: string; date: string }> }).flags.map(
      (f) => `${f.date} ${f.rule}`,
    );
    expect(rules).toEqual([...rules].sort());
    for (const id of [
      'DISCHARGE-DELAYED-BY-DISPUTE',
      'CARE-PLAN-NOT-EXPLAINED',
      'NO-REVIEW-AFTER-DETERIORATION',
      'ENDED-WHILE-IN-S117-ACCOMMODATION',
    ])
      expect(rules.some((r) => r.endsWith(` ${id}`))).toBe(true);
  });

  it('is not eligible while still detained, and gives null responsible bodies', () => {
    const check = checkCase(makeCase({ events: [ev('detention', '2019-01-20')] }), { asAt: '2019-02-01' });
    expect(check.eligible).toBe(false);
    expect(check.entitlementFrom).toBeNull();
    expect(check.responsible.council.org).toBeNull();
    expect(check.responsible.nhs).toMatchObject({ org: null, rule: null, alternative: null });
  });

  it('ignores events after asAt, so an episode runs to asAt', () => {
    const file = makeCase({ events: [...wellRunEpisode('2019-01-01'), properEnding('2020-01-01')] });
    expect(checkCase(file, { asAt: '2019-12-31' }).episodes[0]?.end).toBeNull();
    expect(checkCase(file, { asAt: '2020-01-01' }).episodes[0]?.end).toBe('e10');
  });

  it('keeps same-day events in file order', () => {
    const dischargeFirst = makeCase({
      events: [ev('detention', '2019-01-01'), ev('discharge', '2019-02-01'), ev('detention', '2019-02-01')],
    });
    const detentionFirst = makeCase({
      events: [ev('detention', '2019-01-01'), ev('detention', '2019-02-01'), ev('discharge', '2019-02-01')],
    });
    expect(checkCase(dischargeFirst, { asAt: '2019-03-01' }).episodes[0]?.discharge).toBe('e2');
    expect(checkCase(detentionFirst, { asAt: '2019-03-01' }).episodes[0]?.discharge).toBeNull();
  });
});

describe('checkCase: responsible bodies', () => {
  const orgs = [
    { id: 'worcs', kind: 'council', name: 'Worcestershire County Council' },
    { id: 'swindon', kind: 'council', name: 'Swindon Borough Council' },
    { id: 'ccgW', kind: 'ccg', name: 'NHS Worcestershire CCG' },
    { id: 'ccgS', kind: 'ccg', name: 'NHS Swindon CCG' },
    { id: 'gp', kind: 'icb', name: 'NHS GP ICB' },
  ];
  const detained = (date: string, residence: Record<string, string>) => ev('detention', date, { residence });

  it('moves the council to the one before the latest detention (Worcestershire)', () => {
    const file = makeCase({
      organisations: orgs,
      events: [
        detained('2014-03-10', { council: 'worcs', gpCommissioner: 'ccgW' }),
        ev('discharge', '2014-07-15'),
        detained('2015-06-01', { council: 'swindon', gpCommissioner: 'ccgS' }),
        ev('discharge', '2017-08-01'),
      ],
    });
    const check = checkCase(file, { asAt: '2018-01-01' });
    expect(check.responsible.council).toMatchObject({ org: 'swindon', events: ['e3'] });
    expect(check.responsible.nhs).toMatchObject({ org: 'ccgS', rule: 'who-pays-2013' });
  });

  it('picks the NHS body by the dated rule for the detention', () => {
    const residence = { council: 'swindon', gpCommissioner: 'gp', ordinaryResidenceCommissioner: 'ccgS' };
    const at = (date: string) =>
      checkCase(makeCase({ organisations: orgs, events: [detained(date, residence), ev('discharge', '2024-01-01')] }), {
        asAt: '2024-06-01',
      }).responsible.nhs;
    expect(at('2016-03-31')).toMatchObject({ rule: 'who-pays-2013', org: 'gp', alternative: null });
    expect(at('2016-04-01')).toMatchObject({ rule: 'who-pays-2016', org: 'ccgS', alternative: null });
    expect(at('2020-09-01')).toMatchObject({ rule: 'who-pays-2020', org: 'ccgS', alternative: { org: 'gp' } });
    expect(at('2022-07-01')).toMatchObject({ rule: 'who-pays-2022', org: 'gp', alternative: null });
  });

  it('keeps the 2022 ICB through a later detention while the council moves', () => {
    const file = makeCase({
      organisations: orgs,
      events: [
        detained('2022-08-01', { council: 'worcs', gpCommissioner: 'ccgW' }),
        ev('discharge', '2022-10-01'),
        detained('2023-05-01', { council: 'swindon', gpCommissioner: 'ccgS' }),
        ev('discharge', '2023-07-01'),
      ],
    });
    const { council, nhs } = checkCase(file, { asAt: '2024-01-01' }).responsible;
    expect(council.org).toBe('swindon');
    expect(nhs).toMatchObject({ org: 'ccgW', rule: 'who-pays-2022', events: ['e1'] });
  });

  it('lets a new ICB take over after aftercare was ended', () => {
    const file = makeCase({
      organisations: orgs,
      events: [
        detained('2022-08-01', { council: 'worcs', gpCommissioner: 'ccgW' }),
        ev('discharge', '2022-10-01'),
        properEnding('2023-01-01', { decidedBy: ['worcs', 'ccgW'] }),
        detained('2023-05-01', { council: 'swindon', gpCommissioner: 'ccgS' }),
        ev('discharge', '2023-07-01'),
      ],
    });
    expect(checkCase(file, { asAt: '2024-01-01' }).responsible.nhs.org).toBe('ccgS');
  });

  it('keeps the 2022 ICB when aftercare was ended improperly (the duty, and the episode, run on)', () => {
    const file = makeCase({
      organisations: orgs,
      events: [
        detained('2022-08-01', { council: 'worcs', gpCommissioner: 'ccgW' }),
        ev('discharge', '2022-10-01'),
        properEnding('2023-01-01', { decidedBy: ['worcs', 'ccgW'], reasons: ['moved_area'] }),
        detained('2023-05-01', { council: 'swindon', gpCommissioner: 'ccgS' }),
        ev('discharge', '2023-07-01'),
      ],
    });
    expect(checkCase(file, { asAt: '2024-01-01' }).responsible.nhs.org).toBe('ccgW');
  });

  it('says what is missing and flags RESPONSIBILITY-UNDETERMINED', () => {
    const file = makeCase({
      events: [ev('detention', '2019-01-10', { residence: { council: 'council' } }), ev('discharge', '2019-03-01')],
    });
    const check = checkCase(file, { asAt: '2019-04-01' });
    expect(check.responsible.nhs.org).toBeNull();
    expect(check.responsible.nhs.basis).toMatch(/ordinaryResidenceCommissioner/);
    expect(check.flags.find((f) => f.rule === 'RESPONSIBILITY-UNDETERMINED')?.orgs).toEqual(['council']);
  });
});

describe('checkCase: flags', () => {
  it('has every rule id of CASEFILE.md registered once', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual([...RULE_IDS].sort());
  });

  it('sorts flags by date then rule id, and validates against the output schema', () => {
    const file = makeCase({
      events: [
        ev('detention', '2019-01-10'),
        ev('discharge', '2019-03-01'),
        ev('s117_ended', '2019-05-01', { reasons: ['time_elapsed'] }),
      ],
    });
    const check = checkCase(file, { asAt: '2019-12-01' });
    expect(checkOutputSchema.safeParse(check).success).toBe(true);
    const keys = check.flags.map((f) => `${f.date} ${f.rule}`);
    expect(keys).toEqual([...keys].sort());
    expect(check.flags.map((f) => f.rule)).toContain('NO-WRITTEN-CARE-PLAN');
  });

  it('gives a well-run episode no flags', () => {
    const file = makeCase({ events: wellRunEpisode('2019-01-01'), received: '2019-06-01' });
    expect(checkCase(file, { asAt: '2019-06-01' }).flags).toEqual([]);
  });

  it('uses the case settings, defaulting the rest', () => {
    const events = [ev('detention', '2019-01-10'), ev('discharge', '2019-03-01'), ev('s117_review', '2019-04-05')];
    const loose = checkCase(makeCase({ events }), { asAt: '2019-06-01' });
    const strict = checkCase(makeCase({ events, settings: { firstReviewWeeks: 4 } }), { asAt: '2019-06-01' });
    expect(loose.flags.some((f) => f.rule === 'FIRST-REVIEW-LATE')).toBe(false);
    expect(strict.flags.find((f) => f.rule === 'FIRST-REVIEW-LATE')?.date).toBe('2019-03-29');
  });

  it('serializes byte-identically in schema key order with a trailing newline', () => {
    const file = makeCase({
      events: [ev('detention', '2019-01-10', { residence: RESIDENCE }), ev('discharge', '2019-03-01')],
    });
    const text = serializeCheck(checkCase(file, { asAt: '2020-01-01' }));
    expect(text).toBe(serializeCheck(checkCase(file, { asAt: '2020-01-01' })));
    expect(text.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(text))).toEqual(['eligible', 'entitlementFrom', 'responsible', 'episodes', 'flags']);
    expect(Object.keys(JSON.parse(text).flags[0])).toEqual([
      'rule',
      'severity',
      'orgs',
      'date',
      'events',
      'payments',
      'message',
      'citation',
    ]);
    expect(text).toContain('\n  "eligible": true,');
  });
});

describe('checkCase: the CASEFILE.md example', () => {
  const file = makeCase({
    organisations: [
      { id: 'council', kind: 'council', name: 'Anytown Borough Council' },
      { id: 'nhs', kind: 'ccg', name: 'NHS Anytown CCG' },
      { id: 'trust', kind: 'trust', name: 'Anytown Mental Health NHS Trust' },
    ],
    events: [
      ev('detention', '2019-01-10', {
        id: 'e1',
        org: 'trust',
        residence: { council: 'council', gpCommissioner: 'nhs', ordinaryResidenceCommissioner: 'nhs' },
      }),
      ev('discharge', '2019-03-01', { id: 'e2', org: 'trust' }),
    ],
    payments: [
      {
        id: 'm1',
        date: '2019-04-01',
        amount: 128800,
        paidBy: 'p1',
        for: 'private support worker',
        meetsMentalHealthNeed: true,
      },
    ],
  });
  const check = checkCase(file, { asAt: '2022-01-15' });

  it('gives the documented entitlement, episode and responsible bodies', () => {
    expect(check.eligible).toBe(true);
    expect(check.entitlementFrom).toBe('2019-03-01');
    expect(check.episodes).toEqual([{ detention: 'e1', discharge: 'e2', end: null }]);
    expect(check.responsible.council).toMatchObject({ org: 'council', events: ['e1'] });
    expect(check.responsible.nhs).toMatchObject({
      org: 'nhs',
      rule: 'who-pays-2016',
      events: ['e1'],
      alternative: null,
    });
  });

  it('flags the first review as due on 12 April 2019 for the council and the CCG', () => {
    expect(check.flags.find((f) => f.rule === 'FIRST-REVIEW-LATE')).toMatchObject({
      orgs: ['council', 'nhs'],
      date: '2019-04-12',
      events: ['e2'],
      payments: [],
    });
    expect(check.flags.find((f) => f.rule === 'CHARGED-FOR-AFTERCARE')).toMatchObject({
      date: '2019-04-01',
      payments: ['m1'],
    });
  });

  it('lowers a charge to a concern only when it falls inside an imprecise discharge month', () => {
    const vague = makeCase({
      events: [ev('detention', '2019-01-10'), ev('discharge', '2019-03-01', { precision: 'month' })],
      payments: [
        { id: 'm1', date: '2019-03-20', amount: 100, paidBy: 'p1', meetsMentalHealthNeed: true },
        { id: 'm2', date: '2019-05-20', amount: 100, paidBy: 'p1', meetsMentalHealthNeed: true },
      ],
    });
    const charged = checkCase(vague, { asAt: '2019-06-01' }).flags.filter((f) => f.rule === 'CHARGED-FOR-AFTERCARE');
    expect(charged.map((f) => [f.payments[0], f.severity])).toEqual([
      ['m1', 'concern'],
      ['m2', 'fault'],
    ]);
  });
});
