// The duties a chronology can be checked against (DOMAIN.md), each with the rules that test
// it, and their status for one case for the duties panel: met (the record shows it was done),
// not_met (a fault flag), not_evidenced (a concern flag, or nothing recorded either way),
// not_applicable (e.g. not eligible, or aftercare never ended). Dismissed flags do not count.
import type { CaseFile, CaseFileEvent } from '../casefile/schema';
import type { EventType } from '../domain/vocabulary';
import type { CheckOutput, Flag } from './check-output';
import type { RuleId } from './rule-ids';

export interface Duty {
  id: string;
  title: string;
  citation: string;
  ruleIds: RuleId[];
}

export type DutyStatusValue = 'met' | 'not_met' | 'not_evidenced' | 'not_applicable';

export interface DutyStatus {
  duty: Duty;
  status: DutyStatusValue;
  /** The flags of the duty's rules (not dismissed). */
  flags: Flag[];
  /** Event ids: those that show the duty was met, else those the flags name. */
  events: string[];
}

interface DutyTest {
  /** Event types whose presence shows the duty was done. */
  shownBy: EventType[];
  /** False when the duty does not arise on this record (beyond eligibility). */
  applies?: (file: CaseFile, check: CheckOutput) => boolean;
  /** Met when no rule fires, even with nothing to show (a duty not to do something). */
  metUnlessFlagged?: boolean;
  /** Events that show the duty met, when it is not a matter of event types. */
  shownByCheck?: (check: CheckOutput) => string[] | null;
}

const has = (type: EventType) => (file: CaseFile) => file.events.some((e) => e.type === type);

const CATALOGUE: Array<Duty & DutyTest> = [
  {
    id: 'planning-at-admission',
    title: 'Aftercare planning starts at admission',
    citation: 'Mental Health Act 1983 Code of Practice (2015), paragraph 33.10',
    ruleIds: ['PLANNING-NOT-STARTED-ON-ADMISSION'],
    shownBy: ['aftercare_planning'],
  },
  {
    id: 'needs-assessed-before-discharge',
    title: 'Needs assessed before discharge (Care Programme Approach)',
    citation: 'Mental Health Act 1983 Code of Practice (2015), paragraphs 33.10–33.16 and chapter 34',
    ruleIds: ['NEEDS-NOT-ASSESSED-BEFORE-DISCHARGE'],
    shownBy: ['needs_assessment'],
  },
  {
    id: 'care-coordinator',
    title: 'Named care co-ordinator allocated',
    citation: 'Mental Health Act 1983 Code of Practice (2015), paragraph 34.5',
    ruleIds: ['NO-CARE-COORDINATOR'],
    shownBy: ['care_coordinator_allocated'],
  },
  {
    id: 'written-care-plan',
    title: 'Written care plan recording S117 entitlement and the services it funds',
    citation: 'Mental Health Act 1983 Code of Practice (2015), paragraph 34.3; LGSCO/PHSO S117 guidance (2022)',
    ruleIds: ['NO-WRITTEN-CARE-PLAN', 'CARE-PLAN-NOT-EXPLAINED'],
    shownBy: ['care_plan_written'],
  },
  {
    id: 'care-plan-shared',
    title: 'Copy of the care plan shared with the person and relevant parties',
    citation: 'LGSCO/PHSO S117 guidance (2022), key messages',
    ruleIds: ['CARE-PLAN-NOT-SHARED'],
    shownBy: ['care_plan_shared'],
  },
  {
    id: 'no-delay',
    title: 'No delay arranging aftercare after discharge',
    citation: 'Mental Health Act 1983, s117(2); LGSCO/PHSO S117 guidance (2022), key messages',
    ruleIds: ['DELAY-ARRANGING-AFTERCARE'],
    shownBy: ['services_started'],
  },
  {
    id: 'reviews',
    title: 'S117 reviewed within six weeks of discharge, then at least annually and when the person deteriorates',
    citation: 'LGSCO/PHSO S117 guidance (2022), "Care planning"',
    ruleIds: ['FIRST-REVIEW-LATE', 'ANNUAL-REVIEW-MISSED', 'NO-REVIEW-AFTER-DETERIORATION'],
    shownBy: ['s117_review'],
  },
  {
    id: 'free-aftercare',
    title: 'No charging for aftercare; no housing benefit for S117 accommodation; top-ups only by choice',
    citation:
      'Mental Health Act 1983, s117; R v Manchester CC ex p Stennett [2002] UKHL 34; Choice of Accommodation Regulations 2014 (SI 2014/2670)',
    ruleIds: ['CHARGED-FOR-AFTERCARE', 'HOUSING-BENEFIT-FOR-S117-ACCOMMODATION', 'TOP-UP-WITHOUT-PREFERENCE'],
    shownBy: [],
    metUnlessFlagged: true,
  },
  {
    id: 'personal-health-budget',
    title: 'Requests for a personal health budget considered',
    citation: 'Right to request a personal health budget (from 2 December 2019); LGSCO/PHSO S117 guidance (2022)',
    ruleIds: ['PHB-REQUEST-NOT-DECIDED'],
    shownBy: ['phb_decision'],
    applies: has('phb_requested'),
  },
  {
    id: 'ending-aftercare',
    title: 'Aftercare ended jointly, with the person involved, after reassessment, recorded, for a proper reason',
    citation: 'Mental Health Act 1983, s117(2); Code of Practice (2015), paragraphs 33.20–33.24',
    ruleIds: [
      'ENDED-NOT-JOINT',
      'ENDED-WITHOUT-INVOLVEMENT',
      'ENDED-WITHOUT-REASSESSMENT',
      'ENDED-NOT-RECORDED',
      'ENDED-ON-CTO',
      'ENDED-FOR-IMPROPER-REASON',
      'ENDED-WHILE-IN-S117-ACCOMMODATION',
      'DETERIORATION-AFTER-ENDING',
    ],
    shownBy: ['s117_ended'],
    applies: has('s117_ended'),
  },
  {
    id: 'records',
    title: 'Record kept of who receives S117 aftercare and what is funded',
    citation: 'LGSCO/PHSO S117 guidance (2022), "Care planning"',
    ruleIds: [],
    shownBy: ['care_plan_written'],
  },
  {
    id: 'joint-working',
    title:
      'Clear joint working: the responsible council and NHS body identified, and no funding dispute delaying discharge',
    citation: 'HSC 2000/003 and LAC 2000(3); Mental Health Act 1983, s117(3); Who Pays? guidance',
    ruleIds: ['RESPONSIBILITY-UNDETERMINED', 'DISCHARGE-DELAYED-BY-DISPUTE'],
    shownBy: [],
    shownByCheck: (check) => {
      const { council, nhs } = check.responsible;
      return council.org && nhs.org ? [...new Set([...council.events, ...nhs.events])] : null;
    },
  },
];

/** The duties of DOMAIN.md, in its order. */
export const DUTIES: readonly Duty[] = CATALOGUE.map(({ id, title, citation, ruleIds }) => ({
  id,
  title,
  citation,
  ruleIds,
}));

export function dutyStatuses(file: CaseFile, check: CheckOutput): DutyStatus[] {
  const dismissed = new Set((file.dismissals ?? []).map((d) => `${d.rule} ${d.date}`));
  const live = check.flags.filter((f) => !dismissed.has(`${f.rule} ${f.date}`));
  return CATALOGUE.map((entry, i) => {
    const duty = DUTIES[i]!;
    if (!check.eligible || (entry.applies && !entry.applies(file, check)))
      return { duty, status: 'not_applicable', flags: [], events: [] };
    const flags = live.filter((f) => (entry.ruleIds as string[]).includes(f.rule));
    const flagged = (severity: Flag['severity']) => flags.some((f) => f.severity === severity);
    if (flagged('fault') || flagged('concern'))
      return {
        duty,
        status: flagged('fault') ? 'not_met' : 'not_evidenced',
        flags,
        events: [...new Set(flags.flatMap((f) => f.events))],
      };
    const shown = entry.shownByCheck
      ? entry.shownByCheck(check)
      : file.events.filter((e: CaseFileEvent) => entry.shownBy.includes(e.type)).map((e) => e.id);
    if (shown && shown.length > 0) return { duty, status: 'met', flags, events: shown };
    return { duty, status: entry.metUnlessFlagged ? 'met' : 'not_evidenced', flags, events: [] };
  });
}
