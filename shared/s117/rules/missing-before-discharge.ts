// Shared shape of the four "nothing of this kind during the hospital stay before discharge" rules
// (planning, needs assessment, care co-ordinator, written care plan). The window starts at the
// start of the stay that led to the qualifying detention (CASEFILE.md 1.1 "The stay").
import type { CaseFileEvent } from '../../casefile/schema';
import type { EventType } from '../../domain/vocabulary';
import { addCalendarDays } from '../../calendar/date-arithmetic';
import { isQualifyingDetention, type EpisodeSpan } from '../episodes';
import type { DraftFlag, RuleContext } from '../rule-context';
import { describeEventDate, earliest, isImprecise, latest } from '../rule-context';

const STAY_STARTS: ReadonlySet<EventType> = new Set(['admission', 'readmission', 'detention']);

/**
 * The event that began the hospital stay in which the qualifying detention was made: the earliest
 * informal admission, readmission or non-qualifying detention (s2, s35, s36, s38…) reached going
 * back from the detention without passing a discharge or another qualifying detention; else the
 * qualifying detention itself.
 */
export function stayStart(context: RuleContext, episode: EpisodeSpan): CaseFileEvent {
  const events = context.timeline.events;
  let start: CaseFileEvent = episode.detention;
  for (let i = episode.detentionPos - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.type === 'discharge' || isQualifyingDetention(e)) break;
    if (STAY_STARTS.has(e.type)) start = e;
  }
  return start;
}

export function missingBeforeDischarge(context: RuleContext, type: EventType, what: string): DraftFlag[] {
  const flags: DraftFlag[] = [];
  for (const episode of context.episodes) {
    const discharge = episode.discharge;
    if (!discharge) continue;
    const start = stayStart(context, episode);
    if (context.eventsDated(type, start.date, discharge.date).length > 0) continue;
    // Could moving an imprecise date bring one of these events inside the stay?
    const from = earliest(start);
    const to = latest(discharge);
    const mayMove = isImprecise(start) || isImprecise(discharge) || context.impreciseTypes.has(type);
    const reachable = mayMove
      ? context
          .eventsDated(type, addCalendarDays(from, -366), addCalendarDays(to, 15))
          .filter((e) => latest(e) >= from && earliest(e) <= to)
      : [];
    const stay =
      start === episode.detention
        ? `the section ${episode.detention.section} detention (${describeEventDate(episode.detention)})`
        : `the start of the hospital stay (${describeEventDate(start)}) that led to the section ${episode.detention.section} detention`;
    flags.push({
      date: discharge.date,
      events: [discharge.id],
      orgs: episode.orgs,
      message: `No record of ${what} between ${stay} and the discharge (${describeEventDate(discharge)}).`,
      dependsOn: reachable.length > 0 ? [start, discharge, ...reachable] : [],
    });
  }
  return flags;
}
