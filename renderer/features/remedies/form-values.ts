// The remedy forms as typed (text) and as sent (case-file fields, money in pence): conversions
// both ways, and the checks the form can make before sending — money read with parseMoney, so
// "£1,288" and "1288.00" are the same 128800 pence, and a bad amount says why beside the field.
import { parseMoney, formatPenceForInput } from '../../../shared/money';
import { percentToBasisPoints } from '../../../shared/money/interest';
import type {
  CaseFileAction,
  CaseFileOffset,
  CaseFilePayment,
  CaseFileRemedy,
  CaseFileRemedyPayment,
} from '../../../shared/casefile/schema';
import type { ActionKind, OffsetKind, SymbolicPaymentKind } from '../../../shared/domain/vocabulary';

export type Errors = Record<string, string>;
type Converted<T> = { ok: true; value: T } | { ok: false; errors: Errors };

function money(text: string, field: string, errors: Errors): number | undefined {
  const parsed = parseMoney(text);
  if (parsed.ok) return parsed.pence;
  errors[field] = text.trim() === '' ? 'Enter an amount' : `Not an amount: ${parsed.reason}`;
  return undefined;
}

function wholeNumber(text: string, field: string, errors: Errors, what: string): number | undefined {
  if (!/^\s*\d+\s*$/.test(text) || Number(text) < 1) {
    errors[field] = `Enter the number of ${what} (a whole number, 1 or more)`;
    return undefined;
  }
  return Number(text);
}

const done = <T>(errors: Errors, value: () => T): Converted<T> =>
  Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value: value() };

// ---- Payments the person made ----

export interface PaymentForm {
  repeat: 'once' | 'schedule';
  date: string;
  amount: string;
  from: string;
  to: string;
  every: 'week' | 'month';
  paidBy: string;
  for: string;
  meetsMentalHealthNeed: boolean;
}

export const emptyPaymentForm = (paidBy = ''): PaymentForm => ({
  repeat: 'once',
  date: '',
  amount: '',
  from: '',
  to: '',
  every: 'month',
  paidBy,
  for: '',
  meetsMentalHealthNeed: true,
});

export function paymentFormFrom(p: CaseFilePayment): PaymentForm {
  return {
    repeat: p.schedule ? 'schedule' : 'once',
    date: p.date ?? '',
    amount: formatPenceForInput(p.schedule?.amount ?? p.amount ?? 0),
    from: p.schedule?.from ?? '',
    to: p.schedule?.to ?? '',
    every: p.schedule?.every ?? 'month',
    paidBy: p.paidBy,
    for: p.for ?? '',
    meetsMentalHealthNeed: p.meetsMentalHealthNeed === true,
  };
}

export function paymentFromForm(f: PaymentForm): Converted<Omit<CaseFilePayment, 'id'>> {
  const errors: Errors = {};
  const amount = money(f.amount, 'amount', errors);
  if (!f.paidBy) errors.paidBy = 'Choose who paid';
  if (f.repeat === 'once' && !f.date) errors.date = 'Enter the date it was paid';
  if (f.repeat === 'schedule') {
    if (!f.from) errors.from = 'Enter the first payment date';
    if (!f.to) errors.to = 'Enter the last date';
    if (f.from && f.to && f.to < f.from) errors.to = 'The last date is before the first';
  }
  return done(errors, () => ({
    ...(f.repeat === 'once'
      ? { date: f.date, amount: amount! }
      : { schedule: { from: f.from, to: f.to, every: f.every, amount: amount! } }),
    paidBy: f.paidBy,
    ...(f.for.trim() ? { for: f.for.trim() } : {}),
    meetsMentalHealthNeed: f.meetsMentalHealthNeed,
  }));
}

// ---- Offsets ----

export interface OffsetForm {
  date: string;
  amount: string;
  kind: OffsetKind;
  against: string[];
}

export const emptyOffsetForm = (): OffsetForm => ({ date: '', amount: '', kind: 'housing_benefit', against: [] });

export const offsetFormFrom = (o: CaseFileOffset): OffsetForm => ({
  date: o.date ?? '',
  amount: formatPenceForInput(o.amount),
  kind: o.kind,
  against: [...o.against],
});

export function offsetFromForm(f: OffsetForm): Converted<Omit<CaseFileOffset, 'id'>> {
  const errors: Errors = {};
  const amount = money(f.amount, 'amount', errors);
  if (f.against.length === 0) errors.against = 'Choose the payments it reduces';
  return done(errors, () => ({
    ...(f.date ? { date: f.date } : {}),
    amount: amount!,
    kind: f.kind,
    against: f.against,
  }));
}

// ---- Interest and apportionment ----

export interface ChoicesForm {
  interestRate: string;
  interestReason: string;
  apportionment: Array<{ org: string; percent: string }>;
}

export const choicesFormFrom = (r: CaseFileRemedy): ChoicesForm => ({
  interestRate: r.interestRatePercent ? String(r.interestRatePercent) : '',
  interestReason: r.interestReason ?? '',
  apportionment: (r.apportionment ?? []).map((a) => ({ org: a.org, percent: String(a.percent) })),
});

/** What the percentages add up to, or null while one of them is not a whole number. */
export function percentTotal(rows: ChoicesForm['apportionment']): number | null {
  if (rows.some((r) => !/^\s*\d+\s*$/.test(r.percent))) return null;
  return rows.reduce((s, r) => s + Number(r.percent), 0);
}

/** What remedy.saveChoices is sent: null clears a choice. */
export interface ChoicesPayload {
  interestRatePercent: number | null;
  interestReason: string | null;
  apportionment: Array<{ org: string; percent: number }>;
}

export function choicesFromForm(f: ChoicesForm): Converted<ChoicesPayload> {
  const errors: Errors = {};
  let rate: number | undefined;
  if (f.interestRate.trim() !== '') {
    const bp = percentToBasisPoints(f.interestRate);
    if (!bp.ok) errors.interestRate = `Not a rate: ${bp.reason}`;
    else rate = bp.basisPoints / 100;
  }
  if (rate && !f.interestReason.trim()) errors.interestReason = 'Give the reason for this rate (it goes in the letter)';
  f.apportionment.forEach((row, i) => {
    if (!row.org) errors[`apportionment.${i}.org`] = 'Choose an organisation';
    if (!/^\s*\d+\s*$/.test(row.percent) || Number(row.percent) > 100)
      errors[`apportionment.${i}.percent`] = 'A whole percentage, 0 to 100';
  });
  const total = percentTotal(f.apportionment);
  if (f.apportionment.length > 0 && total !== null && total !== 100)
    errors.apportionment = `The percentages add up to ${total}%; they must add up to 100%.`;
  return done(errors, () => ({
    interestRatePercent: rate ?? null,
    interestReason: f.interestReason.trim() || null,
    apportionment: f.apportionment.map((a) => ({ org: a.org, percent: Number(a.percent) })),
  }));
}

// ---- Symbolic payments ----

export interface SymbolicForm {
  kind: SymbolicPaymentKind;
  to: string;
  by: string;
  mode: 'lump' | 'monthly';
  amount: string;
  perMonth: string;
  months: string;
  reason: string;
  /** The findings the payment remedies. */
  findings: string[];
}

export const emptySymbolicForm = (to = '', by = ''): SymbolicForm => ({
  kind: 'distress',
  to,
  by,
  mode: 'lump',
  amount: '',
  perMonth: '',
  months: '',
  reason: '',
  findings: [],
});

export const symbolicFormFrom = (p: CaseFileRemedyPayment): SymbolicForm => ({
  kind: p.kind,
  to: p.to,
  by: p.by,
  mode: p.perMonth !== undefined ? 'monthly' : 'lump',
  amount: p.amount !== undefined ? formatPenceForInput(p.amount) : '',
  perMonth: p.perMonth !== undefined ? formatPenceForInput(p.perMonth) : '',
  months: p.months !== undefined ? String(p.months) : '',
  reason: p.reason ?? '',
  findings: [...(p.findings ?? [])],
});

export function symbolicFromForm(f: SymbolicForm): Converted<Omit<CaseFileRemedyPayment, 'id'>> {
  const errors: Errors = {};
  if (!f.to) errors.to = 'Choose who receives it';
  if (!f.by) errors.by = 'Choose who pays it';
  const amount = f.mode === 'lump' ? money(f.amount, 'amount', errors) : undefined;
  const perMonth = f.mode === 'monthly' ? money(f.perMonth, 'perMonth', errors) : undefined;
  const months = f.mode === 'monthly' ? wholeNumber(f.months, 'months', errors, 'months') : undefined;
  return done(errors, () => ({
    kind: f.kind,
    to: f.to,
    by: f.by,
    ...(f.mode === 'lump' ? { amount: amount! } : { perMonth: perMonth!, months: months! }),
    ...(f.reason.trim() ? { reason: f.reason.trim() } : {}),
    ...(f.findings.length > 0 ? { findings: f.findings } : {}),
  }));
}

// ---- Agreed actions ----

/** Ready-made actions: a kind and, where it helps, the words of the action. */
export const ACTION_TEMPLATES: Array<{ value: string; label: string; kind: ActionKind; text: string }> = [
  { value: 'apology', label: 'Apology', kind: 'apology', text: '' },
  {
    value: 'reassessment',
    label: 'Reassessment of aftercare needs',
    kind: 'reassessment',
    text: 'Reassess the aftercare needs under section 117',
  },
  { value: 'reinstate', label: 'Reinstate services', kind: 'other', text: 'Reinstate the aftercare services' },
  { value: 'payment', label: 'Payment', kind: 'payment', text: '' },
  {
    value: 'policy',
    label: 'Service improvement: policy review',
    kind: 'service_improvement',
    text: 'Review the section 117 aftercare policy',
  },
  {
    value: 'training',
    label: 'Service improvement: staff training',
    kind: 'service_improvement',
    text: 'Remind and train staff on section 117 aftercare duties',
  },
  {
    value: 'register',
    label: 'Service improvement: register of S117 patients',
    kind: 'service_improvement',
    text: 'Keep a register of people entitled to section 117 aftercare',
  },
  { value: 'other', label: 'Other action', kind: 'other', text: '' },
];

export interface ActionForm {
  template: string;
  kind: ActionKind;
  text: string;
  by: string[];
  periodKind: 'days' | 'working_days';
  period: string;
  /** The findings the action remedies. */
  findings: string[];
}

export const emptyActionForm = (): ActionForm => ({
  template: 'apology',
  kind: 'apology',
  text: '',
  by: [],
  periodKind: 'days',
  period: '28',
  findings: [],
});

export function actionFormFrom(a: CaseFileAction): ActionForm {
  const template =
    ACTION_TEMPLATES.find((t) => t.kind === a.kind && t.text === (a.text ?? '')) ??
    ACTION_TEMPLATES.find((t) => t.kind === a.kind && t.text === '') ??
    ACTION_TEMPLATES.find((t) => t.kind === a.kind);
  return {
    template: template?.value ?? 'other',
    kind: a.kind,
    text: a.text ?? '',
    by: [...a.by],
    periodKind: a.withinWorkingDays !== undefined ? 'working_days' : 'days',
    period: String(a.withinWorkingDays ?? a.withinDays ?? ''),
    findings: [...(a.findings ?? [])],
  };
}

export function actionFromForm(f: ActionForm): Converted<Omit<CaseFileAction, 'id' | 'status'>> {
  const errors: Errors = {};
  if (f.by.length === 0) errors.by = 'Choose who is to do it';
  let period: number | undefined;
  if (f.period.trim() !== '')
    period = wholeNumber(f.period, 'period', errors, f.periodKind === 'days' ? 'days' : 'working days');
  if (f.kind !== 'apology' && f.kind !== 'payment' && !f.text.trim()) errors.text = 'Say what is to be done';
  return done(errors, () => ({
    kind: f.kind,
    by: f.by,
    ...(f.text.trim() ? { text: f.text.trim() } : {}),
    ...(period !== undefined ? (f.periodKind === 'days' ? { withinDays: period } : { withinWorkingDays: period }) : {}),
    ...(f.findings.length > 0 ? { findings: f.findings } : {}),
  }));
}

/** Server field errors (`payment.amount`, `choices.apportionment[1].org`) as form keys. */
export function serverErrors(issues: Record<string, string>, prefix: string): Errors {
  return Object.fromEntries(
    Object.entries(issues).map(([k, v]) => [k.replace(prefix, '').replace(/\[(\d+)\]/g, '.$1'), v]),
  );
}
