// "What I found" in a decision statement: the law and guidance behind the duties in issue, what
// happened (the chronology with its sources), and the analysis for each organisation at fault.
import { formatEventDateLong, EVENT_TYPE_LABELS } from '../../chronology/event-labels';
import { ruleById } from '../../s117/rules';
import type { CaseFileEvent } from '../../casefile/schema';
import type { Inline, LetterBlock, LetterSection } from '../model';
import { eventCitations, eventsInOrder, withCitation, type LetterFacts } from './letter-facts';
import { detentionClause, detentionsParagraph, detainedUnder, responsibilityParagraphs } from './detention-law';
import {
  continueSentence,
  injusticeSentence,
  lowerFirst,
  numbered,
  numberedRuns,
  sub,
  text,
  upperFirst,
} from './prose';

function lawAndGuidance(facts: LetterFacts): LetterBlock[] {
  const blocks: LetterBlock[] = [
    sub('Relevant law and guidance'),
    numbered(
      'Section 117 of the Mental Health Act 1983 places a duty on councils and NHS commissioning bodies (now integrated care boards) to provide aftercare for people who have been detained under sections 3, 37, 45A, 47 or 48 of the Act (with or without restrictions under sections 41 and 49), once they leave hospital. Aftercare services meet a need arising from the person’s mental disorder and reduce the risk of their condition getting worse and of readmission. They are free of charge, and the duty continues until both bodies decide, together, that the person no longer needs them.',
    ),
  ];
  const detained = detentionsParagraph(facts);
  if (detained) blocks.push(detained);
  blocks.push(...responsibilityParagraphs(facts));
  const findingRules = new Set((facts.file.findings ?? []).flatMap((f) => (f.rule ? [f.rule] : [])));
  for (const status of facts.dutiesInIssue) {
    const ruleIds = status.duty.ruleIds.filter((id) => findingRules.has(id) || status.flags.some((f) => f.rule === id));
    const citations = ruleIds.map((id) => ruleById(id)?.citation).filter((c): c is string => !!c);
    blocks.push(numberedRuns(lawParagraph(status.duty.title, status.duty.citation, citations)));
  }
  return blocks;
}

/**
 * A duty in issue as a paragraph: its title, what the law and guidance say (each rule's
 * explanation once) and where it comes from. Rule citations read "Source: explanation".
 */
function lawParagraph(title: string, dutyCitation: string, citations: string[]): Inline {
  const sources: string[] = [];
  const explanations: string[] = [];
  const seen = new Set<string>();
  for (const citation of citations) {
    const split = citation.indexOf(': ');
    const source = split > 0 ? citation.slice(0, split) : citation;
    const explanation = split > 0 ? citation.slice(split + 2).trim() : '';
    for (const part of source.split('; ')) if (!sources.includes(part)) sources.push(part);
    // Two rules may paraphrase the same passage; keep the first wording.
    const key = explanation.slice(0, 40).toLowerCase();
    if (explanation && !seen.has(key)) {
      seen.add(key);
      explanations.push(upperFirst(explanation.replace(/\.$/, '')) + '.');
    }
  }
  const from = sources.length > 0 ? sources.join('; ') : dutyCitation;
  return [
    { text: `${title}. `, bold: true },
    { text: `${explanations.join(' ')}${explanations.length ? ' ' : ''}(${from}.)` },
  ];
}

function eventSentence(facts: LetterFacts, event: CaseFileEvent): string {
  const when = formatEventDateLong(event.date, event.precision);
  const opening =
    (event.precision ?? 'day') === 'day' ? `On ${when}` : upperFirst(when.startsWith('around') ? when : `In ${when}`);
  const by = event.org ? ` (${facts.orgName(event.org)})` : '';
  const body = event.text?.trim()
    ? continueSentence(facts, event.text.trim())
    : event.type === 'detention'
      ? `${facts.aggrieved.short} was ${detainedUnder(event.section)}${by}`
      : `${lowerFirst(EVENT_TYPE_LABELS[event.type])}${by}`;
  const sentence = withCitation(`${opening}, ${body}`, eventCitations(facts.file, event));
  const section = event.text?.trim() ? detentionClause(event) : null;
  return section ? `${sentence} ${section}` : sentence;
}

function whatHappened(facts: LetterFacts): LetterBlock[] {
  return [
    sub('What happened'),
    {
      kind: 'paragraph',
      runs: text('This is a summary of the key events. It does not include everything that happened.'),
    },
    ...eventsInOrder(facts.file).map((event) => numbered(eventSentence(facts, event))),
  ];
}

function analysis(facts: LetterFacts): LetterBlock[] {
  const blocks: LetterBlock[] = [];
  for (const org of facts.faultOrgs) {
    blocks.push(sub(`Analysis: ${facts.orgName(org)}`));
    for (const finding of facts.findingsFor(org)) {
      const fault = finding.fault.trim();
      blocks.push(numbered(`${fault}${/[.!?]$/.test(fault) ? '' : '.'} This was fault.`));
      const injustice = injusticeSentence(facts, [finding]);
      const causation = finding.causation?.trim();
      if (injustice || causation)
        blocks.push(numbered([injustice, causation].filter((s): s is string => !!s).join(' ')));
    }
  }
  for (const d of facts.decisions) {
    const name = facts.orgName(d.org);
    if (d.outcome === 'no_fault')
      blocks.push(
        sub(`Analysis: ${name}`),
        numbered(`I have not found fault in how ${name} arranged and funded aftercare for ${facts.aggrieved.short}.`),
      );
  }
  if (blocks.length === 0)
    blocks.push(
      sub('Analysis'),
      numbered('I have not found fault in how the organisations arranged and funded aftercare.'),
    );
  return blocks;
}

/**
 * Each head of complaint answered, body by body: upheld where a finding of that body answers the
 * head, not upheld otherwise. Written only once findings say which heads they answer.
 */
function headByHead(facts: LetterFacts): LetterBlock[] {
  const heads = facts.file.complaint?.heads ?? [];
  const findings = facts.file.findings ?? [];
  if (heads.length === 0 || !findings.some((f) => (f.heads ?? []).length > 0)) return [];
  const outcome = new Map(facts.decisions.map((d) => [d.org, d.outcome]));
  const blocks: LetterBlock[] = [sub('The complaint, head by head')];
  for (const head of heads) {
    const what = lowerFirst(head.text.trim().replace(/[.;,:]+$/, ''));
    for (const org of head.orgs) {
      const state = outcome.get(org);
      if (state === 'not_investigated' || state === 'remedied_before_decision') continue;
      const answered = findings.filter((f) => f.org === org && (f.heads ?? []).includes(head.id));
      const name = facts.orgName(org);
      blocks.push(
        numbered(
          answered.length > 0
            ? `I uphold the complaint that ${name} ${what}: I have found fault${answered.some((f) => f.injustice.length > 0) ? ' causing injustice' : ''}.`
            : `I do not uphold the complaint that ${name} ${what}: I have not found fault.`,
        ),
      );
    }
  }
  return blocks.length > 1 ? blocks : [];
}

export function found(facts: LetterFacts): LetterSection {
  return {
    id: 'found',
    heading: 'What I found',
    blocks: [...lawAndGuidance(facts), ...whatHappened(facts), ...analysis(facts), ...headByHead(facts)],
  };
}
