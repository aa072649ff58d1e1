// The Ombudsmen's draft and final decision statements (LGSCO/PHSO practice, DOMAIN.md
// "Decision statements"): an unnumbered Summary, The complaint, scope, role and powers, how the
// complaint was considered, What I found, Agreed action, and the decision, with one decision
// line per body in the header. Every outcome comes from the decision model (shared/decision),
// so the letter cannot say one thing in its header and another in its body. Wording is the
// workbench's own; the anonymiser replaces names afterwards.
import { addDays } from 'date-fns';
import { baseReference, decisionLines, overallOutcome, type OrgDecision } from '../../decision';
import { formatLongDate, fromDate, toDate } from '../../dates/calendar-date';
import { formatPence } from '../../money/format-money';
import type { LetterBlock, LetterHeader, LetterSection } from '../model';
import { agreedActionSection, type DecisionKind } from './agreed-action';
import { bodiesInDecision, complaintSection, scopeSection } from './decision-complaint';
import { complainer, listInWords, type LetterFacts } from './letter-facts';
import { phrasesFor } from './rule-phrases';
import { injusticeSentence, numbered, orgList, text, upperFirst } from './prose';
import { found } from './what-i-found';

export type { DecisionKind } from './agreed-action';

/** The day comments on a draft are due: four weeks after the letter. */
export function commentsDue(letterDate: string): string {
  return fromDate(addDays(toDate(letterDate), 28));
}

const paragraph = (value: string): LetterBlock => ({ kind: 'paragraph', runs: text(value) });

function remedyClauses(facts: LetterFacts): string[] {
  const actions = facts.file.remedy?.actions ?? [];
  const clauses: string[] = [];
  const kinds = new Set(actions.map((a) => a.kind));
  if (kinds.has('apology')) clauses.push('apologise');
  if (facts.input.remedy.ok) {
    const { financialLoss, payments } = facts.input.remedy.output;
    if (financialLoss.net > 0)
      clauses.push(
        financialLoss.interest > 0
          ? `refund ${formatPence(financialLoss.net)} with interest (${formatPence(financialLoss.total)} in all)`
          : `refund ${formatPence(financialLoss.net)}`,
      );
    const symbolic = payments.reduce((s, p) => s + p.amount, 0);
    if (symbolic > 0) clauses.push(`make symbolic payments of ${formatPence(symbolic)} in all`);
  }
  if (kinds.has('reassessment')) clauses.push(`reassess ${facts.aggrieved.short}’s aftercare needs`);
  if (kinds.has('service_improvement')) clauses.push('improve their procedures');
  return clauses;
}

/** The bodies that give a remedy: those named on actions and payments, and those sharing the refund. */
function remedyGivers(facts: LetterFacts): string[] {
  const remedy = facts.file.remedy;
  const givers = new Set([
    ...(remedy?.actions ?? []).flatMap((a) => a.by),
    ...(remedy?.payments ?? []).map((p) => p.by),
    ...(remedy?.apportionment ?? []).filter((a) => a.percent > 0).map((a) => a.org),
  ]);
  return facts.file.organisations.map((o) => o.id).filter((id) => givers.has(id));
}

/** "We found fault by the Council in …, which caused injustice." — past tense, as the summary is. */
function summarySentence(facts: LetterFacts, d: OrgDecision, also: boolean): string {
  const name = facts.orgName(d.org);
  const phrases = phrasesFor(facts.file, facts.findingsFor(d.org));
  const about =
    phrases.length === 0 || (phrases.length === 1 && phrases[0] === 'other matters')
      ? ''
      : ` in ${listInWords(phrases)}`;
  switch (d.outcome) {
    case 'fault_injustice':
      return `We ${also ? 'also ' : ''}found fault by ${name}${about}, which caused injustice.`;
    case 'fault_no_injustice':
      return `We ${also ? 'also ' : ''}found fault by ${name}${about}, but it did not cause an injustice that needs a remedy.`;
    case 'no_fault':
      return `We found no fault by ${name}.`;
    case 'not_investigated':
      return `We did not investigate the complaint about ${name}.`;
    case 'remedied_before_decision':
      return `${upperFirst(name)} put things right before we reached a decision.`;
  }
}

function summary(kind: DecisionKind, facts: LetterFacts): LetterSection {
  const who = complainer(facts);
  const onBehalf = who.id !== facts.aggrieved.id ? `, on behalf of ${facts.aggrieved.full},` : '';
  const blocks: LetterBlock[] = [
    paragraph(
      `${who.full} complained${onBehalf} about the aftercare ${orgList(facts, bodiesInDecision(facts))} arranged under section 117 of the Mental Health Act 1983.`,
    ),
  ];
  let faults = 0;
  const sentences = facts.decisions.map((d) => {
    const sentence = summarySentence(facts, d, faults > 0);
    if (d.outcome === 'fault_injustice' || d.outcome === 'fault_no_injustice') faults++;
    return sentence;
  });
  const injustice = injusticeSentence(
    facts,
    facts.faultOrgs.flatMap((org) => facts.findingsFor(org)),
  );
  if (sentences.length > 0) blocks.push(paragraph([...sentences, ...(injustice ? [injustice] : [])].join(' ')));
  const clauses = remedyClauses(facts);
  const givers = remedyGivers(facts);
  if (clauses.length > 0 && givers.length > 0)
    blocks.push(
      paragraph(
        `To remedy the injustice, ${orgList(facts, givers)} ${kind === 'final' ? 'agreed to' : 'should'} ${listInWords(clauses)}.`,
      ),
    );
  return { id: 'summary', heading: 'Summary', blocks };
}

function role(): LetterSection {
  return {
    id: 'role',
    heading: "The Ombudsmen's role and powers",
    blocks: [
      numbered(
        'We investigate complaints about ‘maladministration’ and ‘service failure’. In this statement, I have used the word ‘fault’ to refer to these. We also consider whether any fault has had an adverse impact on the person making the complaint. I refer to this as ‘injustice’. If there has been fault which has caused an injustice, we may suggest a remedy. (Local Government Act 1974, sections 26(1) and 26A(1); Health Service Commissioners Act 1993, section 3(1).)',
      ),
      numbered(
        'We decide what happened on the balance of probabilities: whether something is more likely than not to have happened, on the evidence we have.',
      ),
      numbered(
        'We cannot question whether a decision made by an organisation is right or wrong simply because the complainant disagrees with it. We must consider whether there was fault in the way the organisation made its decision. If there was no fault in how it was made, we cannot question its merits. (Local Government Act 1974, section 34(3).)',
      ),
      numbered(
        'The Local Government and Social Care Ombudsman and the Parliamentary and Health Service Ombudsman may investigate a complaint about councils and NHS bodies together and issue one decision. We have done so here, using our joint working powers (Local Government Act 1974, section 33ZA, and Health Service Commissioners Act 1993, section 18ZA).',
      ),
      numbered(
        'When we find fault, we may recommend action to put things right, including payments for financial loss and to acknowledge distress, and changes to procedures so the fault does not happen again.',
      ),
    ],
  };
}

function considered(kind: DecisionKind, facts: LetterFacts): LetterSection {
  const evidence = facts.file.evidence ?? [];
  const who = complainer(facts).short;
  const blocks: LetterBlock[] = [
    numbered(
      `I considered the information ${who} gave us and discussed the complaint with ${who}. I made enquiries of ${orgList(facts, bodiesInDecision(facts))} and considered their responses${evidence.length > 0 ? ', including the documents listed below' : ''}.`,
    ),
  ];
  if (evidence.length > 0)
    blocks.push({
      kind: 'bullets',
      items: evidence.map((e) => {
        const title = e.title?.trim() || e.file.split('/').pop() || e.file;
        return text(e.date ? `${title} (${formatLongDate(e.date)})` : title);
      }),
    });
  blocks.push(numbered('I also considered the relevant law and guidance, set out below.'));
  blocks.push(
    numbered(
      kind === 'draft'
        ? `${who} and the organisations have an opportunity to comment on this draft decision. I invite any comments by ${formatLongDate(commentsDue(facts.input.date))}. I will consider any comments received before making a final decision.`
        : `${who} and the organisations had an opportunity to comment on my draft decision. I considered any comments received before making a final decision.`,
    ),
  );
  return { id: 'considered', heading: 'How I considered this complaint', blocks };
}

/** "I have found fault by the Council and the ICB, which caused injustice to Mr X." — bodies with the same outcome together. */
function decisionSentences(facts: LetterFacts): string[] {
  const groups = new Map<OrgDecision['outcome'], string[]>();
  for (const d of facts.decisions) groups.set(d.outcome, [...(groups.get(d.outcome) ?? []), d.org]);
  return [...groups].map(([outcome, orgs]) => {
    const names = orgList(facts, orgs);
    switch (outcome) {
      case 'fault_injustice':
        return `I have found fault by ${names}, which caused injustice to ${facts.aggrieved.short}.`;
      case 'fault_no_injustice':
        return `I have found fault by ${names}, which did not cause an injustice that needs a remedy.`;
      case 'no_fault':
        return `I have found no fault by ${names}.`;
      case 'not_investigated':
        return `I have not investigated the complaint about ${names}.`;
      case 'remedied_before_decision':
        return `${upperFirst(names)} put things right before my decision, so I ended my enquiries into ${orgs.length > 1 ? 'their' : 'its'} part of the complaint.`;
    }
  });
}

function decision(kind: DecisionKind, facts: LetterFacts): LetterSection {
  const sentences = decisionSentences(facts);
  const outcome = sentences.length > 0 ? sentences.join(' ') : 'I have made no finding.';
  const remedied = facts.decisions.some((d) => d.outcome === 'fault_injustice');
  const blocks: LetterBlock[] =
    kind === 'final'
      ? [
          numbered(
            `I have completed my investigation. ${outcome}${remedied ? ' The action the organisations have agreed to take remedies that injustice.' : ''}`,
          ),
        ]
      : [
          numbered(
            `Subject to any comments, my draft decision is as follows. ${outcome}${remedied ? ' The action set out above would remedy that injustice.' : ''} I will make my final decision after considering any comments received by ${formatLongDate(commentsDue(facts.input.date))}.`,
          ),
        ];
  return { id: 'decision', heading: kind === 'final' ? 'Final decision' : 'Draft decision', blocks };
}

/** The sections in order; ids are stable (the editor regenerates one by id). */
export function decisionSections(kind: DecisionKind, facts: LetterFacts): LetterSection[] {
  return [
    summary(kind, facts),
    complaintSection(facts),
    scopeSection(facts),
    role(),
    considered(kind, facts),
    found(facts),
    agreedActionSection(kind, facts),
    decision(kind, facts),
  ];
}

/** The header's reference, decision line per body and overall decision. */
export function decisionHeaderFields(facts: LetterFacts): Pick<LetterHeader, 'reference' | 'decision' | 'decisions'> {
  return {
    reference: baseReference(facts.file),
    decision: overallOutcome(facts.decisions),
    decisions: decisionLines(facts.file, facts.input.date, facts.decisions),
  };
}
