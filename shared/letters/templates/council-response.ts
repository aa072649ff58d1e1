// The council's own stage response to the complainant (DOMAIN.md "A council complaints
// officer's view"): what happened, what we got wrong (the council's findings only), what we
// will do with amounts and dates, an apology, and the right to go to the Ombudsman.
import { EVENT_TYPE_LABELS, formatEventDateLong } from '../../chronology/event-labels';
import { formatPence } from '../../money/format-money';
import { SYMBOLIC_PAYMENT_PURPOSES, actionDueDate } from '../../remedies';
import type { CaseFileAction } from '../../casefile/schema';
import type { Inline, LetterBlock, LetterSection } from '../model';
import {
  INJUSTICE_WORDS,
  byDate,
  complainer,
  eventCitations,
  eventsInOrder,
  injusticeKinds,
  listInWords,
  withCitation,
  type LetterFacts,
} from './letter-facts';
import { phrasesFor } from './rule-phrases';

const text = (value: string): Inline => [{ text: value }];
const para = (value: string): LetterBlock => ({ kind: 'paragraph', runs: text(value) });

/** The council answering: the responsible council, else the first council in the file. */
export function answeringCouncil(facts: LetterFacts): string | null {
  const responsible = facts.input.check.responsible.council.org;
  if (responsible && facts.file.organisations.some((o) => o.id === responsible)) return responsible;
  return facts.file.organisations.find((o) => o.kind === 'council')?.id ?? null;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function opening(facts: LetterFacts, council: string | null): LetterSection {
  const who = complainer(facts);
  const complaint = councilComplaint(facts, council);
  const about = who.id === facts.aggrieved.id ? 'your aftercare' : `the aftercare for ${facts.aggrieved.full}`;
  return {
    id: 'complaint',
    heading: 'Your complaint',
    blocks: [
      para(`Dear ${who.short},`),
      para(
        `Thank you for your complaint${complaint ? ` of ${formatEventDateLong(complaint.date, complaint.precision)}` : ''} about ${about} under section 117 of the Mental Health Act 1983. I have looked into it carefully, and this letter sets out what I found and what we will do.`,
      ),
    ],
  };
}

/** The council's own complaint, which the letter answers. */
function councilComplaint(facts: LetterFacts, council: string | null) {
  return eventsInOrder(facts.file).find(
    (e) => e.type === 'complaint_to_org' && (council === null || e.org === council),
  );
}

function whatHappened(facts: LetterFacts, council: string | null): LetterSection {
  // The letter answers the complaint, so it tells the story up to the complaint and no further.
  const until = councilComplaint(facts, council)?.date;
  const items = eventsInOrder(facts.file)
    .filter((e) => (until === undefined ? e.type !== 'complaint_to_ombudsman' : e.date <= until))
    .map((event) => {
      const sentence = event.text?.trim() || EVENT_TYPE_LABELS[event.type];
      return text(
        `${formatEventDateLong(event.date, event.precision)}: ${withCitation(sentence, eventCitations(facts.file, event))}`,
      );
    });
  return {
    id: 'what-happened',
    heading: 'What happened',
    blocks: [
      para('I have looked at our records and those we share with our health partners. In summary:'),
      ...(items.length > 0 ? [{ kind: 'bullets' as const, items }] : []),
    ],
  };
}

function wentWrong(facts: LetterFacts, council: string | null): LetterSection {
  const findings = council ? facts.findingsFor(council) : [];
  const blocks: LetterBlock[] = [];
  if (findings.length === 0) {
    blocks.push(para('I have not found that we did anything wrong in how we arranged and paid for this aftercare.'));
  } else {
    blocks.push(para('I have found that we got the following things wrong.'));
    blocks.push({ kind: 'bullets', items: findings.map((f) => text(f.fault.trim())) });
    const kinds = injusticeKinds(findings);
    if (kinds.length > 0)
      blocks.push(
        para(
          `I accept that this caused ${facts.aggrieved.short} ${listInWords(kinds.map((k) => INJUSTICE_WORDS[k]))}.`,
        ),
      );
  }
  return { id: 'went-wrong', heading: 'What we got wrong', blocks };
}

/**
 * One promise in the council's own words. Apologies and payments are in the letter itself, and
 * an action's text is written for the Ombudsmen's decision ("tell us…"), so only reassessments
 * and other actions keep their text; service improvements are put plainly.
 */
function actionLine(facts: LetterFacts, action: CaseFileAction): string | null {
  // The council's own promises run from the date of its letter, not from an Ombudsman's decision.
  const due = actionDueDate(action, facts.input.date);
  let what: string;
  if (action.kind === 'apology' || action.kind === 'payment') return null;
  if (action.kind === 'service_improvement')
    what = 'review how we arrange, fund and end section 117 aftercare, so that this does not happen to anyone else';
  else if (action.text?.trim()) what = lowerFirst(action.text.trim()).replace(/[.!?]$/, '');
  else if (action.kind === 'reassessment')
    what = `reassess ${facts.aggrieved.short}’s aftercare needs with our NHS partners`;
  else return null;
  const partners = action.by.filter((id) => id !== answeringCouncil(facts));
  const jointly = partners.length > 0 ? ` (together with ${listInWords(partners.map(facts.orgName))})` : '';
  return `We will ${what}${jointly}${due ? `, ${byDate(due)}` : ''}.`;
}

/** "by 29 November 2022" for the payments, from the payment action when there is one. */
function paymentsDue(facts: LetterFacts, council: string): string {
  const action = (facts.file.remedy?.actions ?? []).find((a) => a.kind === 'payment' && a.by.includes(council));
  const due = action ? actionDueDate(action, facts.input.date) : null;
  return due ? `, ${byDate(due)}` : '';
}

function putRight(facts: LetterFacts, council: string | null): LetterSection {
  const blocks: LetterBlock[] = [];
  const remedy = facts.input.remedy;
  const lines: string[] = [];
  if (remedy.ok && council) {
    const share = remedy.explanation.apportionment.find((a) => a.org === council);
    const loss = remedy.output.financialLoss;
    if (share && share.amount > 0)
      lines.push(
        `We will pay ${formatPence(share.amount)} towards the refund of ${formatPence(loss.net)}${loss.interest > 0 ? ` and interest of ${formatPence(loss.interest)}` : ''} owed to ${facts.aggrieved.short} (our ${share.percent}% share of ${formatPence(loss.total)})${paymentsDue(facts, council)}.`,
      );
    for (const payment of remedy.output.payments.filter((p) => p.by === council)) {
      const to = facts.file.people.find((p) => p.id === payment.to);
      const name = to ? (to.title ? `${to.title} ${to.name.split(/\s+/).pop()}` : to.name) : facts.orgName(payment.to);
      lines.push(
        `We will pay ${name} ${formatPence(payment.amount)} ${SYMBOLIC_PAYMENT_PURPOSES[payment.kind]}${paymentsDue(facts, council)}.`,
      );
    }
  } else if (!remedy.ok) {
    blocks.push({
      kind: 'paragraph',
      runs: [
        { text: 'Note for the complaints manager (remove before sending): ', bold: true },
        { text: `the payments could not be worked out. ${remedy.message}`, italic: true },
      ],
    });
  }
  const actions = (facts.file.remedy?.actions ?? []).filter((a) => council !== null && a.by.includes(council));
  lines.push(...actions.flatMap((a) => actionLine(facts, a) ?? []));
  if (lines.length === 0) blocks.push(para('As I have not found fault, there is nothing further for us to put right.'));
  else blocks.push(para('To put things right:'), { kind: 'bullets', items: lines.map(text) });
  return { id: 'put-right', heading: 'What we will do', blocks };
}

function apology(facts: LetterFacts, council: string | null): LetterSection {
  const findings = council ? facts.findingsFor(council) : [];
  const blocks =
    findings.length > 0
      ? [
          para(
            `I am sorry for our mistakes in ${listInWords(phrasesFor(facts.file, findings))}, and for the effect they have had on ${facts.aggrieved.short}${complainer(facts).id !== facts.aggrieved.id ? ' and on you' : ''}. We should have got this right the first time.`,
          ),
        ]
      : [para('I am sorry that you have had cause to complain, even though I have not found that we were at fault.')];
  return { id: 'apology', heading: 'Our apology', blocks };
}

function ombudsman(): LetterSection {
  return {
    id: 'ombudsman',
    heading: 'If you are not satisfied',
    blocks: [
      para(
        'This is our final response to your complaint. If you are not satisfied with it, you can ask the Local Government and Social Care Ombudsman to look into it. The Ombudsman is independent, and its service is free.',
      ),
      para(
        'You should normally contact the Ombudsman within 12 months of first knowing about the problem you are complaining about. You can contact them through their website, by telephone or by post; their current contact details are on their website. Where a complaint is also about NHS services, the Ombudsman can look at it together with the Parliamentary and Health Service Ombudsman.',
      ),
      para('If you have any questions about this letter, please contact me.'),
    ],
  };
}

export function councilResponseSections(facts: LetterFacts): LetterSection[] {
  const council = answeringCouncil(facts);
  return [
    opening(facts, council),
    whatHappened(facts, council),
    wentWrong(facts, council),
    putRight(facts, council),
    apology(facts, council),
    ombudsman(),
  ];
}

/** The decision line of the council's letter, from its own findings. */
export function councilOutcome(facts: LetterFacts): string {
  const council = answeringCouncil(facts);
  return council && facts.findingsFor(council).length > 0 ? 'Complaint upheld' : 'Complaint not upheld';
}
