// Shared shape of the four "nothing of this kind between the qualifying detention and its
// discharge" rules (planning, needs assessment, care co-ordinator, written care plan).
import type { EventType } from '../../domain/vocabulary';
import type { DraftFlag, RuleContext } from '../rule-context';
import { describeEventDate } from '../rule-context';

export function missingBeforeDischarge(context: RuleContext, type: EventType, what: string): DraftFlag[] {
  const flags: DraftFlag[] = [];
  for (const episode of context.episodes) {
    const discharge = episode.discharge;
    if (!discharge) continue;
    const found = context.eventsDated(type, episode.detention.date, discharge.date);
    if (found.length > 0) continue;
    const nearby = context.eventsBetween(type, episode.detentionPos, episode.endPos);
    flags.push({
      date: discharge.date,
      events: [discharge.id],
      orgs: episode.orgs,
      message: `No record of ${what} between the section ${episode.detention.section} detention (${describeEventDate(episode.detention)}) and the discharge (${describeEventDate(discharge)}).`,
      dependsOn: [episode.detention, discharge, ...nearby],
    });
  }
  return flags;
}
