// The Ombudsmen's draft and final decision statements (LGSCO/PHSO practice, DOMAIN.md
// "Decision statements"): Summary, The complaint, scope, role and powers, how the complaint
// was considered, What I found (law, events, analysis per body), Agreed action, decision.
// Wording is the workbench's own. People are named by title and name, organisations in full;
// the anonymiser replaces both afterwards.
import { addDays } from 'date-fns';
import { formatLongDate, fromDate, toDate } from '../../dates/calendar-date';
import { formatEventDateLong } from '../../chronology/event-labels';
import { formatPence } from '../../money/format-money';
import { ACTION_KIND_LABELS } from '../../remedies';
import type { CaseFileAction } from '../../casefile/schema';
import { type LetterBlock, type LetterSection } from '../model';
import {
  INJUSTICE_WORDS,
  byDate,
  complainer,
  eventsInOrder,
  injusticeKinds,
  listInWords,
  type LetterFacts,
} from './letter-facts';
import { DUTY_COMPLAINTS, phrasesFor } from './rule-phrases';
import { continueSentence, injusticeSentence, lowerFirst, numbered, orgList, text, upperFirst } from './prose';
import { found } from './what-i-found';

export type DecisionKind = 'draft' | 'final';

/** The day comments on a draft are due: four weeks after the letter. */
export function commentsDue(letterDate: string): string {
  return fromDate(addDays(toDate(letterDate), 28));
}

/** The bodies complained about: those with findings, else the commissioners in the file. */
function bodiesComplainedAbout(facts: LetterFacts): string[] {
  if (facts.faultOrgs.length > 0) return facts.faultOrgs;
  const commissioners = facts.file.organisations.filter((o) => ['council', 'ccg', 'icb', 'lhb'].includes(o.kind));
  return (commissioners.length > 0 ? commissioners : facts.file.organisations).map((o) => o.id);
}

function actionVerb(kind: DecisionKind, agreed: string[], facts: LetterFacts): string {
  const who = orgList(facts, agreed);
  return kind === 'final' ? `${who} agreed to` : `${who} should`;
}

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

function summary(kind: DecisionKind, facts: LetterFacts): LetterSection {
  const who = complainer(facts);
  const bodies = bodiesComplainedAbout(facts);
  const onBehalf = who.id !== facts.aggrieved.id ? `, on behalf of ${facts.aggrieved.full},` : '';
  const blocks: LetterBlock[] = [
    numbered(
      `${who.full} complained${onBehalf} about the aftercare ${orgList(facts, bodies)} arranged under section 117 of the Mental Health Act 1983.`,
    ),
  ];
  if (facts.faultOrgs.length === 0) {
    blocks.push(numbered(`We found no fault by ${orgList(facts, bodies)}.`));
  } else {
    const sentences = facts.faultOrgs.map((org, i) => {
      const phrases = phrasesFor(facts.file, facts.findingsFor(org));
      // "in other matters" on its own says nothing.
      const about = phrases.length === 1 && phrases[0] === 'other matters' ? '' : ` in ${listInWords(phrases)}`;
      return `We ${i === 0 ? '' : 'also '}found fault by ${facts.orgName(org)}${about}.`;
    });
    const injustice = injusticeSentence(facts, facts.file.findings ?? []);
    blocks.push(numbered([...sentences, ...(injustice ? [injustice] : [])].join(' ')));
    const clauses = remedyClauses(facts);
    if (clauses.length > 0)
      blocks.push(
        numbered(`To remedy the injustice, ${actionVerb(kind, facts.faultOrgs, facts)} ${listInWords(clauses)}.`),
      );
  }
  return { id: 'summary', heading: 'Summary', blocks };
}

function complaint(facts: LetterFacts): LetterSection {
  const who = complainer(facts);
  const blocks: LetterBlock[] = [];
  if (who.id !== facts.aggrieved.id) {
    const relation = who.relationship ? `${who.full} is ${facts.aggrieved.full}’s ${who.relationship}. ` : '';
    blocks.push(numbered(`${relation}${who.short} complains on ${facts.aggrieved.short}’s behalf.`));
  }
  const bodies = orgList(facts, bodiesComplainedAbout(facts));
  const complaints = facts.dutiesComplained.map((d) => DUTY_COMPLAINTS[d.duty.id] ?? lowerFirst(d.duty.title));
  if (complaints.length > 0) {
    blocks.push(numbered(`${who.short} complains that ${bodies}:`));
    blocks.push({
      kind: 'bullets',
      items: complaints.map((c, i) => text(`${c}${i === complaints.length - 1 ? '.' : ';'}`)),
    });
  } else {
    blocks.push(numbered(`${who.short} complains about the section 117 aftercare ${bodies} arranged.`));
  }
  const kinds = injusticeKinds(facts.file.findings ?? []);
  if (kinds.length > 0)
    blocks.push(
      numbered(
        `${who.short} says this caused ${facts.aggrieved.short} ${listInWords(kinds.map((k) => INJUSTICE_WORDS[k]))}.`,
      ),
    );
  return { id: 'complaint', heading: 'The complaint', blocks };
}

function scope(facts: LetterFacts): LetterSection {
  const events = eventsInOrder(facts.file);
  const first = events.find((e) => e.type === 'detention') ?? events[0];
  const complaintEvent = events.find((e) => e.type === 'complaint_to_ombudsman');
  const bodies = bodiesComplainedAbout(facts);
  const blocks: LetterBlock[] = [];
  const period =
    first && complaintEvent
      ? ` from ${formatEventDateLong(first.date, first.precision)} until ${who(facts)} complained to us in ${formatEventDateLong(complaintEvent.date, complaintEvent.precision).replace(/^\d+ /, '')}`
      : '';
  blocks.push(numbered(`I have investigated how ${orgList(facts, bodies)} arranged and funded aftercare${period}.`));
  const others = facts.file.organisations.filter((o) => !bodies.includes(o.id));
  const clinical = others.filter((o) => o.kind === 'trust' || o.kind === 'provider');
  const rest = others.filter((o) => !clinical.includes(o));
  if (clinical.length > 0)
    blocks.push(
      numbered(
        `I have not investigated the clinical care and treatment provided by ${listInWords(clinical.map((o) => o.name))}. The complaint is about how aftercare was arranged and paid for, not about clinical judgement.`,
      ),
    );
  if (rest.length > 0)
    blocks.push(
      numbered(
        `I have not investigated the actions of ${listInWords(rest.map((o) => o.name))}, as I found no reason to do so on the evidence I have seen.`,
      ),
    );
  const late = facts.input.check.flags.find((f) => f.rule === 'COMPLAINT-LATE');
  if (late)
    blocks.push(
      numbered(
        'Some of the events complained about happened more than 12 months before the complaint reached us. I have decided there is good reason to look at them, because the effects of the charging continued and the complainant could not reasonably have known sooner that the aftercare should have been free.',
      ),
    );
  return { id: 'scope', heading: 'What I have and have not investigated', blocks };
}

const who = (facts: LetterFacts) => complainer(facts).short;

function role(): LetterSection {
  return {
    id: 'role',
    heading: "The Ombudsmen's role and powers",
    blocks: [
      numbered(
        'We investigate complaints about ‘maladministration’ and ‘service failure’. In this statement, I have used the word ‘fault’ to refer to these. We also consider whether any fault has had an adverse impact on the person making the complaint. I refer to this as ‘injustice’. If there has been fault which has caused an injustice, we may suggest a remedy.',
      ),
      numbered(
        'We decide what happened on the balance of probabilities: whether something is more likely than not to have happened, on the evidence we have.',
      ),
      numbered(
        'We cannot question whether a decision made by an organisation is right or wrong simply because the complainant disagrees with it. We must consider whether there was fault in the way the organisation made its decision. If there was no fault in how it was made, we cannot question its merits.',
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
  const bodies = bodiesComplainedAbout(facts);
  const blocks: LetterBlock[] = [
    numbered(
      `I considered the information ${who(facts)} gave us and discussed the complaint with ${who(facts)}. I made enquiries of ${orgList(facts, bodies)} and considered their responses${evidence.length > 0 ? ', including the documents listed below' : ''}.`,
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
  if (kind === 'draft')
    blocks.push(
      numbered(
        `${who(facts)} and the organisations have an opportunity to comment on this draft decision. I invite any comments by ${formatLongDate(commentsDue(facts.input.date))}. I will consider any comments received before making a final decision.`,
      ),
    );
  else
    blocks.push(
      numbered(
        `${who(facts)} and the organisations had an opportunity to comment on my draft decision. I considered any comments received before making a final decision.`,
      ),
    );
  return { id: 'considered', heading: 'How I considered this complaint', blocks };
}

function actionSentence(kind: DecisionKind, facts: LetterFacts, action: CaseFileAction): string {
  const due = facts.deadline(action.id);
  const verb = kind === 'final' ? 'will' : 'should';
  const what = action.text?.trim()
    ? continueSentence(facts, action.text.trim(), true).replace(/[.!?]$/, '')
    : defaultAction(facts, action);
  return `${due ? `${upperFirst(byDate(due))}, ` : ''}${orgList(facts, action.by)} ${verb} ${what}.`;
}

function defaultAction(facts: LetterFacts, action: CaseFileAction): string {
  switch (action.kind) {
    case 'apology':
      return `apologise to ${facts.aggrieved.short} for the injustice caused by the faults identified in this decision`;
    case 'payment':
      return 'make the payments set out below';
    case 'reassessment':
      return `jointly reassess ${facts.aggrieved.short}’s aftercare needs`;
    case 'service_improvement':
      return 'review their procedures so the faults identified do not happen again, and tell us what they have done';
    default:
      return `take the following action: ${ACTION_KIND_LABELS[action.kind].toLowerCase()}`;
  }
}

function paymentList(facts: LetterFacts): LetterBlock[] {
  const words = facts.remedyWords;
  if (!words) return [];
  const items = [...words.financialLoss, ...words.payments];
  if (items.length === 0) return [];
  return [{ kind: 'numberedList', items: items.map((s, i) => text(`${s}${i === items.length - 1 ? '.' : ';'}`)) }];
}

function whoPays(kind: DecisionKind, facts: LetterFacts): LetterBlock[] {
  const lines = facts.remedyWords?.byOrganisation ?? [];
  if (lines.length < 2) return [];
  return [
    numbered(`In all, the organisations ${kind === 'final' ? 'will' : 'should'} pay as follows:`),
    { kind: 'bullets', items: lines.map((l, i) => text(`${l}${i === lines.length - 1 ? '.' : ';'}`)) },
  ];
}

function agreedAction(kind: DecisionKind, facts: LetterFacts): LetterSection {
  const blocks: LetterBlock[] = [];
  const actions = facts.file.remedy?.actions ?? [];
  const remedy = facts.input.remedy;
  if (!remedy.ok)
    blocks.push({
      kind: 'paragraph',
      runs: [
        { text: 'Note for the investigator (remove before sending): ', bold: true },
        {
          text: `the financial remedy could not be worked out. ${remedy.message} Settle this, then regenerate this section.`,
          italic: true,
        },
      ],
    });
  if (facts.faultOrgs.length === 0 && actions.length === 0) {
    blocks.push(numbered('As I have not found fault, I have not recommended any action.'));
    return { id: 'action', heading: 'Agreed action', blocks };
  }
  blocks.push(
    numbered(
      kind === 'final'
        ? 'To remedy the injustice caused by the faults I have identified, the organisations have agreed to take the following action.'
        : 'To remedy the injustice caused by the faults I have identified, I recommend the organisations take the following action.',
    ),
  );
  const payments = paymentList(facts);
  let paymentsShown = false;
  for (const action of actions) {
    blocks.push(numbered(actionSentence(kind, facts, action)));
    if (action.kind === 'payment' && !paymentsShown) {
      blocks.push(...payments);
      paymentsShown = true;
    }
  }
  if (!paymentsShown && payments.length > 0) {
    blocks.push(
      numbered(`${kind === 'final' ? 'The organisations will' : 'The organisations should'} make these payments:`),
    );
    blocks.push(...payments);
  }
  blocks.push(...whoPays(kind, facts));
  blocks.push(
    numbered(
      `The organisations ${kind === 'final' ? 'will' : 'should'} give us evidence that they have done what they agreed.`,
    ),
  );
  return { id: 'action', heading: 'Agreed action', blocks };
}

function decision(kind: DecisionKind, facts: LetterFacts): LetterSection {
  const bodies = orgList(facts, bodiesComplainedAbout(facts));
  const faultBy = orgList(facts, facts.faultOrgs);
  let outcome: string;
  if (facts.faultOrgs.length === 0) outcome = `no fault by ${bodies}`;
  else outcome = `fault by ${faultBy}, which caused injustice to ${facts.aggrieved.short}`;
  const blocks: LetterBlock[] =
    kind === 'final'
      ? [
          numbered(
            `I have completed my investigation. I have found ${outcome}.${facts.faultOrgs.length > 0 ? ' The action the organisations have agreed to take remedies that injustice.' : ''}`,
          ),
        ]
      : [
          numbered(
            `Subject to any comments, my draft decision is that I have found ${outcome}.${facts.faultOrgs.length > 0 ? ' The action set out above would remedy that injustice.' : ''} I will make my final decision after considering any comments received by ${formatLongDate(commentsDue(facts.input.date))}.`,
          ),
        ];
  return { id: 'decision', heading: kind === 'final' ? 'Final decision' : 'Draft decision', blocks };
}

/** The sections in order; ids are stable (the editor regenerates one by id). */
export function decisionSections(kind: DecisionKind, facts: LetterFacts): LetterSection[] {
  return [
    summary(kind, facts),
    complaint(facts),
    scope(facts),
    role(),
    considered(kind, facts),
    found(facts),
    agreedAction(kind, facts),
    decision(kind, facts),
  ];
}

/** "21 004 512a and 21 004 512b" from the organisations' references, else the case reference. */
export function decisionReference(facts: LetterFacts): string {
  const references = facts.file.organisations.map((o) => o.reference?.trim()).filter((r): r is string => !!r);
  if (references.length > 0) return listInWords([...new Set(references)]);
  return facts.file.case.reference ?? '';
}

/** The header's decision line. */
export function decisionOutcome(facts: LetterFacts): string {
  return facts.faultOrgs.length > 0 ? 'Upheld: fault causing injustice' : 'Not upheld: no fault';
}
