// The remedy in plain sentences that letters and the UI reuse: what each refund is and what
// was netted off it, the interest and why, each symbolic payment, and who pays and receives
// what. Uses real names (title + name); the letter layer anonymises afterwards.
import type { CaseFile } from '../casefile/schema';
import { formatLongDate, type CalendarDate } from '../dates/calendar-date';
import { apportionByLargestRemainder } from '../money/apportion';
import { formatPence } from '../money/format-money';
import { formatBasisPoints, percentToBasisPoints } from '../money/interest';
import { expandPayments, type Instalment } from './instalments';
import { applyOffsets } from './offsets';
import { OFFSET_KIND_LABELS, SYMBOLIC_PAYMENT_PURPOSES } from './remedy-labels';
import type { RemedyOutput } from './remedy-output';

export interface RemedyDescription {
  financialLoss: string[];
  payments: string[];
  byOrganisation: string[];
  byRecipient: string[];
}

export interface DescribeRemedyOptions {
  /** The date interest was worked out to, for the interest sentence. */
  asAt?: CalendarDate;
}

/** "Mrs Anne Jones": the title and name, or the id when the person is not in the file. */
export function personName(file: CaseFile, id: string): string {
  const person = file.people.find((p) => p.id === id);
  if (!person) return id;
  return person.title ? `${person.title} ${person.name}` : person.name;
}

export function organisationName(file: CaseFile, id: string): string {
  return file.organisations.find((o) => o.id === id)?.name ?? id;
}

/** A person or an organisation, whichever the id names. */
function partyName(file: CaseFile, id: string): string {
  if (file.people.some((p) => p.id === id)) return personName(file, id);
  return organisationName(file, id);
}

function listInWords(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

function describeLoss(file: CaseFile, output: RemedyOutput, options: DescribeRemedyOptions): string[] {
  const itemIds = new Set(output.financialLoss.items.map((i) => i.payment));
  const instalments = expandPayments(file.payments).filter((i) => itemIds.has(i.id));
  const itemById = new Map(output.financialLoss.items.map((i) => [i.payment, i]));
  // Re-run the offset allocation on the same items to say which kinds were netted off where.
  const { allocations } = applyOffsets(
    instalments.map((i) => ({ ...i, gross: itemById.get(i.id)?.gross ?? i.amount })),
    file.offsets,
  );

  const byPayment = new Map<string, Instalment[]>();
  for (const instalment of instalments) {
    const list = byPayment.get(instalment.payment) ?? [];
    list.push(instalment);
    byPayment.set(instalment.payment, list);
  }

  const sentences: string[] = [];
  for (const [paymentId, group] of byPayment) {
    const payment = file.payments?.find((p) => p.id === paymentId);
    const ids = new Set(group.map((g) => g.id));
    const net = group.reduce((s, g) => s + (itemById.get(g.id)?.net ?? 0), 0);
    const offsetByKind = new Map<string, number>();
    for (const allocation of allocations)
      for (const applied of allocation.applied)
        if (ids.has(applied.item))
          offsetByKind.set(allocation.kind, (offsetByKind.get(allocation.kind) ?? 0) + applied.amount);

    const dates = group.map((g) => g.date).sort();
    const first = dates[0] ?? '';
    const last = dates[dates.length - 1] ?? '';
    const when =
      first === last ? `on ${formatLongDate(first)}` : `between ${formatLongDate(first)} and ${formatLongDate(last)}`;
    const what = payment?.for ?? payment?.service ?? 'services';
    const count = group.length > 1 ? ` (${group.length} payments)` : '';
    const netOf = [...offsetByKind].map(
      ([kind, amount]) => `${formatPence(amount)} ${OFFSET_KIND_LABELS[kind as keyof typeof OFFSET_KIND_LABELS]}`,
    );
    sentences.push(
      `${formatPence(net)} refund of fees paid by ${personName(file, group[0]?.paidBy ?? '')} for ${what} ${when}${count}` +
        (netOf.length > 0 ? `, net of ${listInWords(netOf)}` : ''),
    );
  }

  const { interest, net, total } = output.financialLoss;
  if (interest > 0) {
    const rate = percentToBasisPoints(file.remedy?.interestRatePercent ?? 0);
    const rateText = rate.ok ? formatBasisPoints(rate.basisPoints) : `${file.remedy?.interestRatePercent}%`;
    const to = options.asAt ? ` from the date of each payment to ${formatLongDate(options.asAt)}` : '';
    const reason = file.remedy?.interestReason?.trim();
    sentences.push(
      `interest at ${rateText} a year simple${to}, ${formatPence(interest)}` + (reason ? `, because ${reason}` : ''),
    );
    sentences.push(`${formatPence(total)} in all: ${formatPence(net)} refund and ${formatPence(interest)} interest`);
  }
  return sentences;
}

function describePayments(file: CaseFile, output: RemedyOutput): string[] {
  return output.payments.map((p) => {
    const source = file.remedy?.payments?.find((r) => r.id === p.id);
    const monthly =
      source?.perMonth !== undefined && source.months !== undefined
        ? ` (${formatPence(source.perMonth)} a month for ${source.months} month${source.months === 1 ? '' : 's'})`
        : '';
    return `${organisationName(file, p.by)} to pay ${partyName(file, p.to)} ${formatPence(p.amount)}${monthly} ${SYMBOLIC_PAYMENT_PURPOSES[p.kind]}`;
  });
}

function describeOrganisations(file: CaseFile, output: RemedyOutput): string[] {
  const shares = file.remedy?.apportionment ?? [];
  const parts = shares.length > 0 ? apportionByLargestRemainder(output.financialLoss.total, shares) : [];
  return Object.entries(output.byOrganisation).map(([org, amount]) => {
    const share = shares.flatMap((s, i) => (s.org === org ? [{ percent: s.percent, amount: parts[i] ?? 0 }] : []));
    const lossPart = share.reduce((s, x) => s + x.amount, 0);
    const percent = share.reduce((s, x) => s + x.percent, 0);
    const symbolic = output.payments.filter((p) => p.by === org).reduce((s, p) => s + p.amount, 0);
    const name = organisationName(file, org);
    if (lossPart > 0 && symbolic > 0)
      return (
        `${name} to pay ${formatPence(amount)} (${formatPence(lossPart)}, ${percent}% of the financial loss, ` +
        `and ${formatPence(symbolic)} in symbolic payments)`
      );
    if (lossPart > 0) return `${name} to pay ${formatPence(amount)} (${percent}% of the financial loss)`;
    return `${name} to pay ${formatPence(amount)} (symbolic payments)`;
  });
}

function describeRecipients(file: CaseFile, output: RemedyOutput): string[] {
  return Object.entries(output.byRecipient).map(
    ([id, amount]) => `${partyName(file, id)} to receive ${formatPence(amount)}`,
  );
}

export function describeRemedy(
  file: CaseFile,
  output: RemedyOutput,
  options: DescribeRemedyOptions = {},
): RemedyDescription {
  return {
    financialLoss: describeLoss(file, output, options),
    payments: describePayments(file, output),
    byOrganisation: describeOrganisations(file, output),
    byRecipient: describeRecipients(file, output),
  };
}
