// "Agreed action" in a decision statement: what each body will do and pay, and by when. A draft
// gives periods ("within 20 working days of the final decision"), never dates, because the final
// decision's date is not known yet; a final decision gives dates counted from its own date.
import { ACTION_KIND_LABELS } from '../../remedies';
import type { CaseFileAction } from '../../casefile/schema';
import type { LetterBlock, LetterSection } from '../model';
import { byDate, type LetterFacts } from './letter-facts';
import { continueSentence, numbered, orgList, text, upperFirst } from './prose';

export type DecisionKind = 'draft' | 'final';

/** "within 20 working days of the final decision", "within 28 days of …", or '' with no period. */
export function periodWords(action: CaseFileAction): string {
  if (action.withinWorkingDays)
    return `within ${action.withinWorkingDays} working day${action.withinWorkingDays === 1 ? '' : 's'} of the final decision`;
  if (action.withinDays)
    return `within ${action.withinDays} day${action.withinDays === 1 ? '' : 's'} of the final decision`;
  return '';
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

export function actionSentence(kind: DecisionKind, facts: LetterFacts, action: CaseFileAction): string {
  const what = action.text?.trim()
    ? continueSentence(facts, action.text.trim(), true).replace(/[.!?]$/, '')
    : defaultAction(facts, action);
  const who = orgList(facts, action.by);
  if (kind === 'draft') {
    const period = periodWords(action);
    return `${upperFirst(who)} should ${what}${period ? ` ${period}` : ''}.`;
  }
  const due = facts.deadline(action.id);
  return due ? `${upperFirst(byDate(due))}, ${who} will ${what}.` : `${upperFirst(who)} will ${what}.`;
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

export function agreedActionSection(kind: DecisionKind, facts: LetterFacts): LetterSection {
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
  const payments = paymentList(facts);
  if (facts.faultOrgs.length === 0 && actions.length === 0 && payments.length === 0) {
    blocks.push(numbered('As I have not found fault causing injustice, I have not recommended any action.'));
    return { id: 'action', heading: 'Agreed action', blocks };
  }
  blocks.push(
    numbered(
      kind === 'final'
        ? 'To remedy the injustice caused by the faults I have identified, the organisations have agreed to take the following action.'
        : 'To remedy the injustice caused by the faults I have identified, I recommend the organisations take the following action.',
    ),
  );
  let paymentsShown = false;
  for (const action of actions) {
    blocks.push(numbered(actionSentence(kind, facts, action)));
    if (action.kind === 'payment' && !paymentsShown) {
      blocks.push(...payments);
      paymentsShown = true;
    }
  }
  if (!paymentsShown && payments.length > 0) {
    blocks.push(numbered(`The organisations ${kind === 'final' ? 'will' : 'should'} make these payments:`));
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
