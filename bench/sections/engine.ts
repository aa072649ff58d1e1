// Benchmark of the duty engine: checkCase on a generated case of 10,000 events (hundreds of
// episodes with planning, reviews, charges, endings, and the 1.1 facts: funding disputes, plans
// silent on funding, Care Act charges, deteriorations in aftercare), median of several runs against 200 ms.
import { readCaseFileData } from '../../shared/casefile/read';
import type { CaseFile } from '../../shared/casefile/schema';
import { addCalendarDays as addDays } from '../../shared/calendar/date-arithmetic';
import { checkCase } from '../../shared/s117/check-case';

export interface BenchResult {
  section: string;
  metric: string;
  value: number;
  unit: string;
  target?: string;
  pass?: boolean;
}

const EVENT_COUNT = 10_000;
const RUNS = 7;
const TARGET_MS = 200;

/** A valid case with `count` events: repeated episodes, some well run, some not. */
export function generateLargeCase(count: number = EVENT_COUNT): CaseFile {
  const events: Array<Record<string, unknown>> = [];
  const payments: Array<Record<string, unknown>> = [];
  let day = '2000-01-03';
  let n = 0;
  const add = (type: string, gap: number, extra: Record<string, unknown> = {}) => {
    if (events.length >= count) return;
    day = addDays(day, gap);
    events.push({ id: `e${++n}`, date: day, type, ...extra });
  };
  const residence = { council: 'council', gpCommissioner: 'ccg', ordinaryResidenceCommissioner: 'ccg' };
  for (let episode = 0; events.length < count; episode++) {
    add('detention', 20, { section: episode % 7 === 0 ? '2' : '3', residence, org: 'trust' });
    if (episode % 8 === 0)
      add('funding_dispute', 1, { orgs: ['council', 'ccg'], ...(episode % 16 ? { to: addDays(day, 20) } : {}) });
    if (episode % 3 !== 0) add('aftercare_planning', 2);
    add('needs_assessment', 5, { precision: episode % 11 === 0 ? 'month' : 'day' });
    if (episode % 4 !== 0) add('care_coordinator_allocated', 1);
    add('care_plan_written', 5, episode % 6 === 0 ? { explainsFunding: false } : {});
    if (episode % 5 !== 0) add('care_plan_shared', 1);
    add('s17_leave_start', 3);
    add('s17_leave_end', 2);
    add('discharge', 10);
    add('services_started', episode % 6 === 0 ? 40 : 5);
    add('accommodation_placement', 1, { accommodation: 'supported_living', meetsMentalHealthNeed: true });
    if (episode % 9 === 0) add('housing_benefit_claim', 3);
    add('s117_review', 30);
    if (episode % 5 === 0) add('deterioration', 10, { precision: episode % 10 === 0 ? 'approximate' : 'day' });
    add('cpa_review', 60);
    add('s117_review', episode % 2 === 0 ? 400 : 200);
    add('charge_levied', 10, { amount: 2500, service: 'day centre', meetsMentalHealthNeed: episode % 4 !== 1 });
    add('top_up_agreed', 5, { amount: 5000, preferredByPerson: episode % 2 === 0 });
    add('phb_requested', 5);
    if (episode % 3 === 0) add('phb_decision', 20);
    if (episode % 2 === 0) add('cto_start', 5);
    add('s117_ended', 60, {
      decidedBy: episode % 4 === 0 ? ['council'] : ['council', 'ccg'],
      personInvolved: episode % 5 !== 0,
      reassessed: true,
      recorded: episode % 3 === 0 ? undefined : true,
      reasons: episode % 2 === 0 ? ['time_elapsed'] : ['no_longer_needed'],
    });
    add('deterioration', 30);
    if (events.length < count)
      payments.push({ id: `m${episode}`, date: day, amount: 12000, paidBy: 'p1', meetsMentalHealthNeed: true });
  }
  const result = readCaseFileData({
    format: 's117-case',
    version: 1,
    case: { title: 'Generated benchmark case', received: addDays(day, 30) },
    people: [{ id: 'p1', role: 'aggrieved', name: 'Bench Person' }],
    organisations: [
      { id: 'council', kind: 'council', name: 'Bench Council' },
      { id: 'ccg', kind: 'ccg', name: 'NHS Bench CCG' },
      { id: 'trust', kind: 'trust', name: 'Bench NHS Trust' },
    ],
    events,
    payments,
  });
  if (!result.ok)
    throw new Error(`generated case is not valid: ${result.issues[0]?.path} ${result.issues[0]?.message}`);
  return result.file;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export async function runEngineBench(): Promise<BenchResult[]> {
  const file = generateLargeCase();
  const asAt = file.case.received;
  checkCase(file, { asAt }); // warm-up: JIT and date-fns
  const times: number[] = [];
  let flags = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    flags = checkCase(file, { asAt }).flags.length;
    times.push(performance.now() - start);
  }
  const ms = Math.round(median(times) * 10) / 10;
  return [
    {
      section: 'engine',
      metric: `checkCase, ${file.events.length} events (median of ${RUNS})`,
      value: ms,
      unit: 'ms',
      target: `< ${TARGET_MS} ms`,
      pass: ms < TARGET_MS,
    },
    { section: 'engine', metric: 'flags raised on the generated case', value: flags, unit: 'flags' },
  ];
}
