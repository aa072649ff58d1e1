// DISCHARGE-DELAYED-BY-DISPUTE: the bodies disputed who pays for aftercare while the person was
// detained: a funding_dispute dated between a qualifying detention and its discharge, or one still
// unsettled at asAt when there has been no discharge (CASEFILE.md 1.1).
import type { CaseFileEvent } from '../../casefile/schema';
import { formatLongDate } from '../../dates/calendar-date';
import type { DraftFlag, Rule } from '../rule-context';
import { earliest, latest, onEventDate } from '../rule-context';

export const dischargeDelayedByDispute: Rule = {
  id: 'DISCHARGE-DELAYED-BY-DISPUTE',
  severity: 'fault',
  purpose: 'A dispute between the bodies about who pays must not delay discharge or aftercare.',
  citation:
    'Mental Health Act 1983 Code of Practice (2015), paragraph 33.22 (disputes about responsibility for aftercare should not delay the provision of services; they should be resolved after the event); Who Pays? (NHS England), dispute resolution; LGSCO/PHSO Section 117 aftercare guidance (2022), key messages.',
  evaluate(context) {
    const flags: DraftFlag[] = [];
    for (const episode of context.episodes) {
      const discharge = episode.discharge;
      const to = discharge ? discharge.date : episode.endDate;
      for (const dispute of context.eventsDated('funding_dispute', episode.detention.date, to)) {
        const settled = dispute.to !== undefined && dispute.to <= context.asAt ? dispute.to : null;
        if (!discharge && settled) continue;
        const who = (dispute.orgs ?? []).map((o) => context.orgName(o));
        const bodies = who.length > 0 ? who.join(' and ') : 'the bodies';
        const outcome = settled ? `, settled on ${formatLongDate(settled)}` : ', not recorded as settled';
        const after = discharge
          ? `, and the discharge came ${onEventDate(discharge)}`
          : `, and there has been no discharge by ${formatLongDate(context.asAt)}`;
        const uncertain: CaseFileEvent[] = [];
        if (earliest(dispute) < latest(episode.detention)) uncertain.push(episode.detention);
        if (discharge && latest(dispute) > earliest(discharge)) uncertain.push(discharge);
        flags.push({
          date: dispute.date,
          events: [dispute.id],
          orgs: dispute.orgs && dispute.orgs.length > 0 ? [...dispute.orgs] : episode.orgs,
          message: `While the person was detained under section ${episode.detention.section}, ${bodies} disputed who should pay for aftercare ${onEventDate(dispute)}${outcome}${after}. A dispute about funding must not delay discharge or aftercare.`,
          dependsOn: uncertain.length > 0 ? [dispute, ...uncertain] : [],
        });
      }
    }
    return flags;
  },
};
