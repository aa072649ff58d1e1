// "The complaint" and "What I have and have not investigated" in a decision statement: written
// from the complaint heads the investigator recorded (what the person complained about, per
// body) and the desired outcomes, not from the findings; the scope from the decision model; the
// late-complaint paragraph from the chronology, only when COMPLAINT-LATE fires.
import { formatEventDateLong } from '../../chronology/event-labels';
import type { CaseFileComplaintHead } from '../../casefile/schema';
import { formatLongDate } from '../../dates/calendar-date';
import type { LetterBlock, LetterSection } from '../model';
import { complainer, eventsInOrder, listInWords, type LetterFacts } from './letter-facts';
import { DUTY_COMPLAINTS } from './rule-phrases';
import { lowerFirst, numbered, orgList, text, upperFirst } from './prose';

const who = (facts: LetterFacts) => complainer(facts).short;
const clause = (s: string) => s.trim().replace(/[.;,:]+$/, '');

/** The bodies the letter is about: those in the decision, else the commissioners in the file. */
export function bodiesInDecision(facts: LetterFacts): string[] {
  if (facts.decisions.length > 0) return facts.decisions.map((d) => d.org);
  const commissioners = facts.file.organisations.filter((o) => ['council', 'ccg', 'icb', 'lhb'].includes(o.kind));
  return (commissioners.length > 0 ? commissioners : facts.file.organisations).map((o) => o.id);
}

/** Heads grouped by the bodies they name, in the order first named. */
function headsByBodies(heads: readonly CaseFileComplaintHead[]): Array<{ orgs: string[]; texts: string[] }> {
  const groups = new Map<string, { orgs: string[]; texts: string[] }>();
  for (const head of heads) {
    const key = [...head.orgs].sort().join('|');
    const group = groups.get(key) ?? { orgs: head.orgs, texts: [] };
    group.texts.push(clause(head.text));
    groups.set(key, group);
  }
  return [...groups.values()];
}

const bullets = (items: readonly string[]): LetterBlock => ({
  kind: 'bullets',
  items: items.map((c, i) => text(`${c}${i === items.length - 1 ? '.' : ';'}`)),
});

export function complaintSection(facts: LetterFacts): LetterSection {
  const person = complainer(facts);
  const blocks: LetterBlock[] = [];
  if (person.id !== facts.aggrieved.id) {
    const relation = person.relationship ? `${person.full} is ${facts.aggrieved.full}’s ${person.relationship}. ` : '';
    blocks.push(numbered(`${relation}${person.short} complains on ${facts.aggrieved.short}’s behalf.`));
  }
  const heads = facts.file.complaint?.heads ?? [];
  if (heads.length > 0) {
    for (const group of headsByBodies(heads)) {
      blocks.push(numbered(`${person.short} complains that ${orgList(facts, group.orgs)}:`));
      blocks.push(bullets(group.texts.map(lowerFirst)));
    }
  } else {
    // No heads recorded: the letter checks block approval until they are; meanwhile the duties in issue.
    const bodies = orgList(facts, bodiesInDecision(facts));
    const complaints = facts.dutiesComplained.map((d) => DUTY_COMPLAINTS[d.duty.id] ?? lowerFirst(d.duty.title));
    if (complaints.length > 0) {
      blocks.push(numbered(`${person.short} complains that ${bodies}:`));
      blocks.push(bullets(complaints));
    } else blocks.push(numbered(`${person.short} complains about the section 117 aftercare ${bodies} arranged.`));
  }
  const outcomes = (facts.file.complaint?.desiredOutcomes ?? []).map(clause);
  if (outcomes.length > 0) {
    blocks.push(numbered(`${person.short} wants:`));
    blocks.push(bullets(outcomes.map(lowerFirst)));
  }
  return { id: 'complaint', heading: 'The complaint', blocks };
}

/** Why a late complaint is investigated, from the chronology; null when COMPLAINT-LATE did not fire. */
export function lateComplaintParagraph(facts: LetterFacts): LetterBlock | null {
  const late = facts.input.check.flags.find((f) => f.rule === 'COMPLAINT-LATE');
  if (!late) return null;
  const events = eventsInOrder(facts.file);
  const notice = events.find((e) => e.type === 'complaint_to_org');
  const first = notice
    ? `${who(facts)} first complained${notice.org ? ` to ${facts.orgName(notice.org)}` : ''} on ${formatEventDateLong(notice.date, notice.precision)}`
    : `${who(facts)} first raised the matter earlier`;
  const sentences = [
    `${first}, and complained to us on ${formatLongDate(late.date)}, more than 12 months later. We should not investigate a complaint made more than 12 months after the person first knew of the matter unless there are good reasons (Local Government Act 1974, section 26B; Health Service Commissioners Act 1993, section 9(4)).`,
  ];
  const reasons: string[] = [];
  const charges = facts.input.check.flags.filter((f) => f.rule === 'CHARGED-FOR-AFTERCARE');
  const lastCharge = charges
    .map((f) => f.date)
    .sort()
    .pop();
  if (lastCharge)
    reasons.push(
      `the charges continued until ${formatLongDate(lastCharge)}, so the injustice was continuing when ${who(facts)} complained`,
    );
  const response = notice ? events.find((e) => e.type === 'org_response' && e.date >= notice.date) : undefined;
  if (response)
    reasons.push(
      `${who(facts)} waited for ${response.org ? facts.orgName(response.org) : 'the organisation'} to respond, which it did on ${formatEventDateLong(response.date, response.precision)}`,
    );
  sentences.push(
    reasons.length > 0
      ? `I consider there are good reasons to investigate the whole complaint: ${listInWords(reasons)}.`
      : 'I have decided to investigate the whole complaint because of the seriousness of the matters it raises for a vulnerable person.',
  );
  return numbered(sentences.join(' '));
}

export function scopeSection(facts: LetterFacts): LetterSection {
  const events = eventsInOrder(facts.file);
  const first = events.find((e) => e.type === 'detention') ?? events[0];
  const complaintEvent = events.find((e) => e.type === 'complaint_to_ombudsman');
  const investigated =
    facts.decisions.length > 0
      ? facts.decisions
          .filter((d) => d.outcome !== 'not_investigated' && d.outcome !== 'remedied_before_decision')
          .map((d) => d.org)
      : bodiesInDecision(facts);
  const blocks: LetterBlock[] = [];
  const period =
    first && complaintEvent
      ? ` from ${formatEventDateLong(first.date, first.precision)} until ${who(facts)} complained to us in ${formatEventDateLong(complaintEvent.date, complaintEvent.precision).replace(/^\d+ /, '')}`
      : '';
  if (investigated.length > 0)
    blocks.push(
      numbered(`I have investigated how ${orgList(facts, investigated)} arranged and funded aftercare${period}.`),
    );
  for (const d of facts.decisions) {
    if (d.outcome === 'not_investigated')
      blocks.push(
        numbered(
          `I have not investigated the complaint about ${facts.orgName(d.org)}, because ${lowerFirst(clause(d.reason ?? 'of its scope'))}.`,
        ),
      );
    if (d.outcome === 'remedied_before_decision')
      blocks.push(
        numbered(
          `${upperFirst(facts.orgName(d.org))} put things right before I reached a decision (${clause(d.reason ?? '')}), so I ended my enquiries into its part of the complaint.`,
        ),
      );
  }
  const inDecision = new Set(bodiesInDecision(facts));
  const others = facts.file.organisations.filter((o) => !inDecision.has(o.id));
  const clinical = others.filter((o) => o.kind === 'trust' || o.kind === 'provider');
  if (clinical.length > 0)
    blocks.push(
      numbered(
        `I have not investigated the clinical care and treatment provided by ${listInWords(clinical.map((o) => facts.orgName(o.id)))}. The complaint is about how aftercare was arranged and paid for, not about clinical judgement.`,
      ),
    );
  const late = lateComplaintParagraph(facts);
  if (late) blocks.push(late);
  return { id: 'scope', heading: 'What I have and have not investigated', blocks };
}
