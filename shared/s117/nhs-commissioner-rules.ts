// Which NHS body commissions S117 aftercare, by the date of the detention that starts the
// responsibility (DOMAIN.md "Who is responsible"). Kept as data with each rule's source so a
// correction is an edit to this table, not to the engine. Rows are in date order.
import type { CaseFileResidence } from '../casefile/schema';
import type { ResponsibleNhs } from './check-output';

export type ResidenceField = keyof CaseFileResidence;

export interface NhsCommissionerRule {
  /** The rule id printed in the check output; null where no rule can name the body. */
  rule: ResponsibleNhs['rule'];
  /** First detention date the rule applies to. */
  from: string;
  /** Residence fields that name the commissioner, in order of preference. */
  orgFrom: ResidenceField[];
  /** A second reading of the guidance, shown beside the first (null when there is none). */
  alternativeFrom: ResidenceField | null;
  /** True when the body stays responsible through later qualifying detentions until aftercare ends. */
  staysThroughLaterDetentions: boolean;
  /** Why this body, as a caseworker reads it. */
  basis: string;
  /** Basis of the alternative reading. */
  alternativeBasis: string | null;
  source: string;
}

export const NHS_COMMISSIONER_RULES: readonly NhsCommissionerRule[] = [
  {
    rule: null,
    from: '0000-01-01',
    orgFrom: [],
    alternativeFrom: null,
    staysThroughLaterDetentions: false,
    basis:
      'detention before 1 April 2013: a primary care trust was responsible; its successor CCG or ICB must be identified',
    alternativeBasis: null,
    source: 'NHS commissioning before the Health and Social Care Act 2012 took effect on 1 April 2013',
  },
  {
    rule: 'who-pays-2013',
    from: '2013-04-01',
    orgFrom: ['gpCommissioner', 'usualResidenceCommissioner'],
    alternativeFrom: null,
    staysThroughLaterDetentions: false,
    basis: 'the CCG of the GP practice the person was registered with (where they usually lived if unregistered)',
    alternativeBasis: null,
    source:
      'NHS England, Who Pays? Determining responsibility for payments to providers (August 2013); NHS Commissioning Board and CCGs (Responsibilities and Standing Rules) Regulations 2012',
  },
  {
    rule: 'who-pays-2016',
    from: '2016-04-01',
    orgFrom: ['ordinaryResidenceCommissioner'],
    alternativeFrom: null,
    staysThroughLaterDetentions: false,
    basis: 'the CCG for the area where the person was ordinarily resident immediately before detention',
    alternativeBasis: null,
    source:
      "NHS England, 'Who Pays?' amendment on persons detained under the Mental Health Act 1983 (2016); Responsibilities and Standing Rules (Amendment) (No. 3) Regulations 2014",
  },
  {
    rule: 'who-pays-2020',
    from: '2020-09-01',
    orgFrom: ['ordinaryResidenceCommissioner'],
    alternativeFrom: 'gpCommissioner',
    staysThroughLaterDetentions: false,
    basis:
      'the CCG for the area where the person was ordinarily resident immediately before detention (as the 2022 LGSCO/PHSO guidance reads Who Pays? 2020)',
    alternativeBasis:
      'the CCG of the registered GP practice, as some commentators read Who Pays? 2020 (check which reading applies)',
    source:
      'NHS England, Who Pays? (August 2020); LGSCO/PHSO Section 117 aftercare: guidance for practitioners (2022), "Funding"',
  },
  {
    rule: 'who-pays-2022',
    from: '2022-07-01',
    orgFrom: ['gpCommissioner', 'usualResidenceCommissioner'],
    alternativeFrom: null,
    staysThroughLaterDetentions: true,
    basis:
      "the ICB of the person's registered GP practice (where they usually lived if unregistered), which stays responsible through later detentions until aftercare ends",
    alternativeBasis: null,
    source:
      'Integrated Care Boards (Responsibilities and Standing Rules) Regulations 2022; NHS England, Who Pays? (July 2022, updated 2024)',
  },
];

/** The rule for a detention on `date`: the last row that has started by then. */
export function nhsRuleFor(date: string, rules: readonly NhsCommissionerRule[] = NHS_COMMISSIONER_RULES) {
  let found = rules[0]!;
  for (const r of rules) if (r.from <= date) found = r;
  return found;
}
