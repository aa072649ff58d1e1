// Small case builders for the rule tests: a valid case file from a few events, a chronology of
// an episode where every duty was met, and a runner for one rule. Test-only, but pure.
import { readCaseFileData } from '../casefile/read';
import type { CaseFile } from '../casefile/schema';
import { describeIssues } from '../validation/issues';
import type { Flag } from './check-output';
import { addCalendarDays } from '../calendar/date-arithmetic';
import { buildCheckContext } from './check-context';
import type { Rule } from './rule-context';
import { runRules } from './run-rules';

export type EventSpec = { type: string; date: string; id?: string } & Record<string, unknown>;

export const ORGS = [
  { id: 'council', kind: 'council', name: 'Anytown Borough Council' },
  { id: 'ccg', kind: 'ccg', name: 'NHS Anytown CCG' },
  { id: 'trust', kind: 'trust', name: 'Anytown Mental Health NHS Trust' },
  { id: 'council2', kind: 'council', name: 'Otherton Council' },
  { id: 'icb2', kind: 'icb', name: 'NHS Otherton ICB' },
] as const;

export const RESIDENCE = { council: 'council', gpCommissioner: 'ccg', ordinaryResidenceCommissioner: 'ccg' };

/** An event; a detention gets section 3 and the default residence unless told otherwise. */
export function ev(type: string, date: string, extra: Record<string, unknown> = {}): EventSpec {
  if (type === 'detention') return { type, date, section: '3', residence: RESIDENCE, ...extra };
  return { type, date, ...extra };
}

/**
 * An s117_ended that fires no ENDED-* rule (a joint, recorded decision after reassessment with the
 * person involved, because aftercare is no longer needed), so it ends its episode.
 */
export function properEnding(date: string, extra: Record<string, unknown> = {}): EventSpec {
  return ev('s117_ended', date, {
    decidedBy: ['council', 'ccg'],
    personInvolved: true,
    reassessed: true,
    recorded: true,
    reasons: ['no_longer_needed'],
    ...extra,
  });
}

export interface CaseSpec {
  events: EventSpec[];
  payments?: unknown[];
  offsets?: unknown[];
  received?: string;
  asAt?: string;
  settings?: Record<string, number>;
  organisations?: unknown[];
}

/** A valid CaseFile (ids e1, e2… in order unless given); throws with the reader's messages if not valid. */
export function makeCase(spec: CaseSpec): CaseFile {
  const data = {
    format: 's117-case',
    version: 1,
    case: {
      title: 'Test case',
      received: spec.received ?? '2030-01-01',
      ...(spec.asAt ? { asAt: spec.asAt } : {}),
      ...(spec.settings ? { settings: spec.settings } : {}),
    },
    people: [{ id: 'p1', role: 'aggrieved', name: 'Test Person' }],
    organisations: spec.organisations ?? ORGS,
    events: spec.events.map((e, i) => ({ id: `e${i + 1}`, ...e })),
    ...(spec.payments ? { payments: spec.payments } : {}),
    ...(spec.offsets ? { offsets: spec.offsets } : {}),
  };
  const result = readCaseFileData(data);
  if (!result.ok) throw new Error(`test case is not valid:\n${describeIssues(result.issues)}`);
  return result.file;
}

/**
 * An episode in which every duty before and soon after discharge was met: detention on
 * `detained`, discharge 30 days later, services next day, first S117 review 4 weeks after discharge.
 */
export function wellRunEpisode(detained: string, extra: Record<string, unknown> = {}): EventSpec[] {
  const d = (n: number) => addCalendarDays(detained, n);
  return [
    ev('detention', detained, extra),
    ev('aftercare_planning', d(2)),
    ev('needs_assessment', d(10)),
    ev('care_coordinator_allocated', d(12)),
    ev('care_plan_written', d(20)),
    ev('care_plan_shared', d(21)),
    ev('discharge', d(30)),
    ev('services_started', d(31)),
    ev('s117_review', d(58)),
  ];
}

/** The flags one rule gives for a case, as checkCase would print them (improper endings do not end episodes). */
export function flagsOf(rule: Rule, file: CaseFile, asAt: string): Flag[] {
  return runRules(buildCheckContext(file, asAt), [rule]);
}
