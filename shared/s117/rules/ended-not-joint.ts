// ENDED-NOT-JOINT: aftercare ended without both the responsible council and NHS body deciding it.
import type { EventOf } from '../../casefile/schema';
import { NHS_COMMISSIONER_KINDS } from '../../domain/vocabulary';
import type { DraftFlag, Rule } from '../rule-context';
import { onEventDate } from '../rule-context';

export const endedNotJoint: Rule = {
  id: 'ENDED-NOT-JOINT',
  severity: 'fault',
  purpose: 'Ending S117 aftercare must be a joint decision of the council and the NHS body.',
  citation:
    'Mental Health Act 1983 Code of Practice (2015), paragraphs 33.20–33.24; LGSCO/PHSO Section 117 aftercare guidance (2022), "Ending Section 117 aftercare": aftercare continues until both the council and the CCG/ICB are satisfied the person no longer needs it; the decision to end it should be a joint one.',
  evaluate(context) {
    const kindOf = new Map(context.file.organisations.map((o) => [o.id, o.kind]));
    const flags: DraftFlag[] = [];
    context.timeline.events.forEach((event, pos) => {
      if (event.type !== 's117_ended') return;
      const ending = event as EventOf<'s117_ended'>;
      const episode = context.episodeOwning(pos) ?? context.current;
      const orgs = episode?.orgs ?? [];
      const when = onEventDate(ending);
      if (ending.decidedBy === undefined) {
        flags.push({
          date: ending.date,
          events: [ending.id],
          orgs,
          message: `S117 aftercare was ended ${when}, but the record does not say who decided it.`,
          severity: 'concern',
        });
        return;
      }
      const deciders = ending.decidedBy;
      const council = episode?.responsibility.council.org ?? null;
      const nhs = episode?.responsibility.nhs.org ?? null;
      const lacking: string[] = [];
      if (council ? !deciders.includes(council) : !deciders.some((o) => kindOf.get(o) === 'council'))
        lacking.push(council ? context.orgName(council) : 'the council');
      if (
        nhs ? !deciders.includes(nhs) : !deciders.some((o) => NHS_COMMISSIONER_KINDS.includes(kindOf.get(o) ?? 'other'))
      )
        lacking.push(nhs ? context.orgName(nhs) : 'the NHS commissioner');
      if (lacking.length === 0) return;
      flags.push({
        date: ending.date,
        events: [ending.id],
        orgs,
        message: `S117 aftercare was ended ${when} without a joint decision: ${lacking.join(' and ')} did not take part.`,
      });
    });
    return flags;
  },
};
