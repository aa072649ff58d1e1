// The duty check as plain text for the CLI without --json: eligibility, responsible bodies
// with their basis, episodes, and flags grouped by severity, dates as DD/MM/YYYY and
// organisations by name.
import type { CaseFile, CaseFileEvent } from '../casefile/schema';
import { formatUkDate } from '../dates/calendar-date';
import type { Severity } from '../domain/vocabulary';
import type { CheckOutput } from './check-output';
import { isEndingRule } from './rule-ids';

const GROUPS: Array<{ severity: Severity; heading: string }> = [
  { severity: 'fault', heading: 'Faults' },
  { severity: 'concern', heading: 'Concerns' },
  { severity: 'info', heading: 'Information' },
];

const RULE_NAMES: Record<string, string> = {
  'who-pays-2013': 'Who Pays? 2013',
  'who-pays-2016': 'Who Pays? 2016',
  'who-pays-2020': 'Who Pays? 2020',
  'who-pays-2022': 'Who Pays? 2022',
};

export function formatCheckReport(check: CheckOutput, file: CaseFile): string {
  const orgNames = new Map(file.organisations.map((o) => [o.id, o.name]));
  const events = new Map<string, CaseFileEvent>(file.events.map((e) => [e.id, e]));
  const orgName = (id: string | null) => (id === null ? 'not known' : (orgNames.get(id) ?? id));
  const eventDate = (id: string | null) => {
    const e = id === null ? undefined : events.get(id);
    return e ? formatUkDate(e.date) : '?';
  };
  const lines: string[] = [];
  const ref = file.case.reference ? ` (${file.case.reference})` : '';
  lines.push(`S117 duty check: ${file.case.title}${ref}`);
  if (file.case.asAt) lines.push(`As at ${formatUkDate(file.case.asAt)}`);
  lines.push('');

  lines.push(
    check.eligible && check.entitlementFrom
      ? `Eligibility: entitled to S117 aftercare from ${formatUkDate(check.entitlementFrom)}.`
      : 'Eligibility: not entitled to S117 aftercare on this record.',
  );
  lines.push('');

  const { council, nhs } = check.responsible;
  lines.push('Responsible bodies');
  lines.push(`  Council: ${orgName(council.org)}`);
  lines.push(`    Basis: ${council.basis}`);
  const nhsRule = nhs.rule ? ` (${RULE_NAMES[nhs.rule] ?? nhs.rule})` : '';
  lines.push(`  NHS commissioner: ${orgName(nhs.org)}${nhsRule}`);
  lines.push(`    Basis: ${nhs.basis}`);
  if (nhs.alternative) lines.push(`    Alternative reading: ${orgName(nhs.alternative.org)}: ${nhs.alternative.basis}`);
  lines.push('');

  lines.push('Episodes');
  if (check.episodes.length === 0) lines.push('  None: no qualifying detention recorded.');
  // Endings that fired an ENDED-* rule do not end an episode (CASEFILE.md 1.1): say so beside it.
  const improper = new Set(check.flags.filter((f) => isEndingRule(f.rule)).flatMap((f) => f.events));
  check.episodes.forEach((episode, i) => {
    const detention = events.get(episode.detention);
    const section = detention?.type === 'detention' ? ` under section ${detention.section}` : '';
    const discharged = episode.discharge ? `discharged ${eventDate(episode.discharge)}` : 'not discharged';
    const endEvent = episode.end ? events.get(episode.end) : undefined;
    const ended = !endEvent
      ? 'aftercare continuing'
      : endEvent.type === 's117_ended'
        ? `aftercare ended ${formatUkDate(endEvent.date)}`
        : endEvent.type === 'death'
          ? `died ${formatUkDate(endEvent.date)}`
          : `detained again ${formatUkDate(endEvent.date)}`;
    const from = events.get(episode.detention)?.date ?? '';
    const next = check.episodes[i + 1];
    const until = next ? (events.get(next.detention)?.date ?? '') : '9999-12-31';
    const notEnded = file.events
      .filter((e) => improper.has(e.id) && e.type === 's117_ended' && e.id !== episode.end)
      .filter((e) => e.date >= from && e.date < until && (!endEvent || e.date <= endEvent.date))
      .map((e) => formatUkDate(e.date));
    const note =
      notEnded.length > 0
        ? ` (not ended by the improper ending${notEnded.length > 1 ? 's' : ''} of ${notEnded.join(', ')})`
        : '';
    lines.push(`  ${i + 1}. Detained ${eventDate(episode.detention)}${section}; ${discharged}; ${ended}${note}.`);
  });
  lines.push('');

  if (check.flags.length === 0) {
    lines.push('Flags: none.');
  } else {
    lines.push(`Flags (${check.flags.length})`);
    for (const { severity, heading } of GROUPS) {
      const group = check.flags.filter((f) => f.severity === severity);
      if (group.length === 0) continue;
      lines.push(`  ${heading} (${group.length})`);
      for (const flag of group) {
        lines.push(`    ${formatUkDate(flag.date)}  ${flag.rule}`);
        lines.push(`      ${flag.message}`);
        if (flag.orgs.length > 0) lines.push(`      Organisations: ${flag.orgs.map(orgName).join(', ')}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
