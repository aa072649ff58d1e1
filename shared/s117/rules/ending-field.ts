// Shared shape of the ENDED-* rules that test one yes/no field of an s117_ended event:
// `false` is a fault; an absent field is a concern (the record does not say).
import type { EventOf } from '../../casefile/schema';
import type { DraftFlag, RuleContext } from '../rule-context';
import { onEventDate } from '../rule-context';

type EndingField = 'personInvolved' | 'reassessed' | 'recorded';

export function endingsWhere(
  context: RuleContext,
  field: EndingField,
  words: { no: string; unknown: string },
): DraftFlag[] {
  const flags: DraftFlag[] = [];
  context.timeline.events.forEach((event, pos) => {
    if (event.type !== 's117_ended') return;
    const ending = event as EventOf<'s117_ended'>;
    const value = ending[field];
    if (value === true) return;
    const when = onEventDate(ending);
    flags.push({
      date: ending.date,
      events: [ending.id],
      orgs: context.orgsAt(pos),
      message:
        value === false
          ? `S117 aftercare was ended ${when} ${words.no}.`
          : `S117 aftercare was ended ${when}: ${words.unknown}.`,
      severity: value === undefined ? 'concern' : undefined,
    });
  });
  return flags;
}
