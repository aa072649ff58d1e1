// Splits the chronology into S117 episodes (CASEFILE.md "Episodes and entitlement" and 1.1): each
// starts at a qualifying detention; its discharge is the first discharge after it; it ends at the
// earliest of the next qualifying detention, an s117_ended that ends aftercare (not one followed
// by a reinstatement, a services_started, before the next qualifying detention), a death, or asAt.
import type { CaseFileEvent, EventOf } from '../casefile/schema';
import { QUALIFYING_SECTIONS } from '../domain/vocabulary';
import type { Timeline } from './timeline';

export interface EpisodeSpan {
  index: number;
  detention: EventOf<'detention'>;
  detentionPos: number;
  discharge: CaseFileEvent | null;
  /** Position of the discharge, or -1 when there is none. */
  dischargePos: number;
  /** The event that ended the episode; null when it runs to asAt. */
  end: CaseFileEvent | null;
  /** Position of the ending event, or the timeline's length when it runs to asAt. */
  endPos: number;
  /** The ending event's date, or asAt. */
  endDate: string;
}

export function isQualifyingDetention(event: CaseFileEvent): event is EventOf<'detention'> {
  return event.type === 'detention' && QUALIFYING_SECTIONS.includes(event.section);
}

/**
 * `endsAftercare` decides which s117_ended events end an episode: all of them for the duty
 * check; only proper ones for the loss windows (an improper ending leaves the duty running).
 */
export function findEpisodes(
  timeline: Timeline,
  asAt: string,
  endsAftercare: (ending: EventOf<'s117_ended'>) => boolean = () => true,
): EpisodeSpan[] {
  const events = timeline.events;
  const starts: number[] = [];
  events.forEach((e, i) => {
    if (isQualifyingDetention(e)) starts.push(i);
  });
  // Position of the next services_started at or after each position (events.length when none).
  const nextServices = new Array<number>(events.length + 1).fill(events.length);
  for (let i = events.length - 1; i >= 0; i--)
    nextServices[i] = events[i]!.type === 'services_started' ? i : nextServices[i + 1]!;
  return starts.map((detentionPos, index) => {
    const nextStart = starts[index + 1] ?? events.length;
    let endPos = nextStart;
    for (let i = detentionPos + 1; i < nextStart; i++) {
      const e = events[i]!;
      const ends = e.type === 'death' || (e.type === 's117_ended' && endsAftercare(e) && nextServices[i]! >= nextStart);
      if (ends) {
        endPos = i;
        break;
      }
    }
    let dischargePos = -1;
    for (let i = detentionPos + 1; i < endPos; i++) {
      if (events[i]!.type === 'discharge') {
        dischargePos = i;
        break;
      }
    }
    const end = events[endPos] ?? null;
    return {
      index,
      detention: events[detentionPos] as EventOf<'detention'>,
      detentionPos,
      discharge: dischargePos >= 0 ? events[dischargePos]! : null,
      dischargePos,
      end,
      endPos,
      endDate: end ? end.date : asAt,
    };
  });
}
