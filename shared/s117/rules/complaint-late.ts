// COMPLAINT-LATE: the complaint reached the Ombudsman more than 12 months after first notice.
import { formatLongDate } from '../../dates/calendar-date';
import { addMonthsClamped } from '../../calendar/date-arithmetic';
import type { Rule } from '../rule-context';
import { describeEventDate, onEventDate } from '../rule-context';

export const complaintLate: Rule = {
  id: 'COMPLAINT-LATE',
  severity: 'info',
  purpose: 'A complaint should reach the Ombudsman within 12 months of first notice; there is discretion to extend.',
  citation:
    'Local Government Act 1974, s26B; Health Service Commissioners Act 1993, s9(4): a complaint should be made within 12 months of the person first having notice of the matter, unless the Ombudsman considers there is good reason to accept it later.',
  evaluate(context) {
    const events = context.timeline.events;
    const notice = events.find((e) => e.type === 'complaint_to_org');
    if (!notice) return [];
    const toOmbudsman = events.find((e) => e.type === 'complaint_to_ombudsman');
    const complaintDate = toOmbudsman?.date ?? context.file.case.received;
    const limit = addMonthsClamped(notice.date, 12);
    if (complaintDate <= limit) return [];
    return [
      {
        date: complaintDate,
        events: toOmbudsman ? [toOmbudsman.id] : [],
        orgs: context.current?.orgs ?? [],
        message: `The complaint came to the Ombudsman on ${toOmbudsman ? describeEventDate(toOmbudsman) : formatLongDate(complaintDate)}, more than 12 months after the complaint to the organisation ${onEventDate(notice)}: consider whether there is good reason to accept it.`,
        dependsOn: toOmbudsman ? [notice, toOmbudsman] : [notice],
      },
    ];
  },
};
