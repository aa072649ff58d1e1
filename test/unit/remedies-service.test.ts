// Remedies through the handlers: payments, offsets and choices checked against the case with the
// failing field named and nothing written; the calculator's result (and its guidance when the
// loss still needs splitting); changes audited in words with amounts; "done" needs evidence; the
// cross-case list of actions due soon or overdue; the team's reference points.
import { databaseForTests } from '../../electron/services';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeWorkspace, sampleDraft, tableCounts, type TestWorkspace } from '../support/workspace';
import { createRemedyService } from '../../electron/services/remedy-service';
import type { CaseDetail } from '../../shared/domain/case';
import type { HistoryEntry } from '../../shared/domain/audit';
import type { RemedyView } from '../../shared/ipc/channels/remedies';
import type { IpcError } from '../../shared/ipc/result';

let ws: TestWorkspace;
let caseId: string;

async function call<T>(channel: string, payload: unknown): Promise<T> {
  const result = await ws.handlers.invoke(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

/** The error of a call that must fail, and proof that it wrote nothing. */
async function refused(channel: string, payload: unknown): Promise<IpcError> {
  const before = tableCounts(ws.services);
  const result = await ws.handlers.invoke(channel, payload);
  expect(result.ok).toBe(false);
  expect(tableCounts(ws.services)).toEqual(before);
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

const history = async (id = caseId) =>
  (await call<HistoryEntry[]>('cases.history', { caseId: id })).map((h) => h.summary);

async function seedCase(extra: Record<string, unknown> = {}): Promise<string> {
  const draft = sampleDraft();
  const created = await call<CaseDetail>('cases.create', {
    draft: {
      ...draft,
      asAt: '2022-01-15',
      ...extra,
      organisations: [...draft.organisations, { kind: 'trust', name: 'Anytown Mental Health NHS Trust' }],
    },
  });
  await call('events.create', {
    caseId: created.id,
    event: { date: '2019-01-10', type: 'detention', section: '3', org: 'trust' },
  });
  await call('events.create', { caseId: created.id, event: { date: '2019-03-01', type: 'discharge', org: 'trust' } });
  return created.id;
}

const supportWorker = {
  date: '2019-04-01',
  amount: 128800,
  paidBy: 'p2',
  for: 'private support worker',
  meetsMentalHealthNeed: true,
};

beforeEach(async () => {
  ws = makeWorkspace({ actor: 'Jo Investigator' });
  caseId = await seedCase();
});
afterEach(() => ws.dispose());

describe('payments and offsets', () => {
  it('gives payments ids m1, m2… and audits each in words with its amount', async () => {
    const first = await call<{ id: string }>('payments.save', { caseId, payment: supportWorker });
    const second = await call<{ id: string }>('payments.save', {
      caseId,
      payment: {
        paidBy: 'p2',
        for: 'care home fees',
        meetsMentalHealthNeed: true,
        schedule: { from: '2019-05-06', to: '2019-07-29', every: 'week', amount: 25600 },
      },
    });
    expect([first.id, second.id]).toEqual(['m1', 'm2']);
    const summaries = await history();
    expect(summaries).toContain(
      'Added a payment of £1,288.00 made by Mrs Anne Jones on 1 April 2019 for private support worker',
    );
    expect(summaries).toContain(
      'Added payments of £256.00 a week from 6 May 2019 to 29 July 2019 made by Mrs Anne Jones for care home fees',
    );
  });

  it('refuses a payment by someone not in the case, naming the field, and writes nothing', async () => {
    const error = await refused('payments.save', { caseId, payment: { ...supportWorker, paidBy: 'p9' } });
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual([{ path: 'payment.paidBy', message: 'no person "p9"' }]);
  });

  it('refuses a negative amount and a payment with both a date and a schedule, naming each field', async () => {
    const negative = await refused('payments.save', { caseId, payment: { ...supportWorker, amount: -5 } });
    expect(negative.issues?.map((i) => i.path)).toEqual(['payment.amount']);
    const both = await refused('payments.save', {
      caseId,
      payment: { ...supportWorker, schedule: { from: '2019-05-06', to: '2019-07-29', every: 'week', amount: 100 } },
    });
    expect(both.issues?.map((i) => i.path)).toContain('payment.schedule');
  });

  it('edits a payment in place and refuses to edit one that does not exist', async () => {
    await call('payments.save', { caseId, payment: supportWorker });
    const edited = await call<{ amount: number }>('payments.save', {
      caseId,
      payment: { ...supportWorker, id: 'm1', amount: 130000 },
    });
    expect(edited.amount).toBe(130000);
    const view = await call<RemedyView>('remedy.get', { caseId });
    expect(view.payments).toHaveLength(1);
    expect((await refused('payments.save', { caseId, payment: { ...supportWorker, id: 'm7' } })).code).toBe(
      'not_found',
    );
  });

  it('refuses an offset against a payment that does not exist, and keeps a payment an offset is set against', async () => {
    await call('payments.save', { caseId, payment: supportWorker });
    const error = await refused('offsets.save', {
      caseId,
      offset: { amount: 40000, kind: 'housing_benefit', against: ['m1', 'm4'] },
    });
    expect(error.issues).toEqual([{ path: 'offset.against[1]', message: 'no payment "m4"' }]);

    const offset = await call<{ id: string }>('offsets.save', {
      caseId,
      offset: { date: '2019-04-01', amount: 40000, kind: 'housing_benefit', against: ['m1'] },
    });
    expect(offset.id).toBe('o1');
    expect(await history()).toContain(
      'Added an offset of £400.00 housing benefit on 1 April 2019 against m1 (private support worker)',
    );
    const conflict = await refused('payments.delete', { caseId, paymentId: 'm1' });
    expect(conflict.code).toBe('conflict');
    expect(conflict.message).toContain('o1');

    await call('offsets.delete', { caseId, offsetId: 'o1' });
    await call('payments.delete', { caseId, paymentId: 'm1' });
    expect((await call<RemedyView>('remedy.get', { caseId })).payments).toEqual([]);
    expect(await history()).toContain(
      'Removed a payment of £1,288.00 made by Mrs Anne Jones on 1 April 2019 for private support worker',
    );
  });
});

describe('remedy choices and the result', () => {
  beforeEach(async () => {
    await call('payments.save', { caseId, payment: supportWorker });
    await call('offsets.save', { caseId, offset: { amount: 40000, kind: 'housing_benefit', against: ['m1'] } });
  });

  it('shows the loss unsplit as guidance until the apportionment is set', async () => {
    const view = await call<RemedyView>('remedy.get', { caseId });
    expect(view.result.ok).toBe(false);
    if (view.result.ok) return;
    expect(view.result.code).toBe('apportionment_needed');
    // £1,288.00 paid less £400.00 housing benefit: £888.00, not yet split.
    expect(view.result.provisional?.financialLoss.net).toBe(88800);
    expect(view.words?.byOrganisation).toEqual(['£888.00 of financial loss not yet split between the organisations']);
  });

  it('refuses percentages that do not add up to 100 and an organisation not in the case', async () => {
    const sum = await refused('remedy.saveChoices', {
      caseId,
      choices: {
        apportionment: [
          { org: 'council', percent: 50 },
          { org: 'icb', percent: 40 },
        ],
      },
    });
    expect(sum.issues).toEqual([{ path: 'choices.apportionment', message: 'percentages must add up to 100' }]);
    const org = await refused('remedy.saveChoices', {
      caseId,
      choices: {
        apportionment: [
          { org: 'council', percent: 50 },
          { org: 'nhs', percent: 50 },
        ],
      },
    });
    expect(org.issues).toEqual([{ path: 'choices.apportionment[1].org', message: 'no organisation "nhs"' }]);
  });

  it('needs a reason for an interest rate, and records both', async () => {
    const error = await refused('remedy.saveChoices', { caseId, choices: { interestRatePercent: 8 } });
    expect(error.issues?.map((i) => i.path)).toEqual(['choices.interestReason']);
    await call('remedy.saveChoices', {
      caseId,
      choices: { interestRatePercent: 8, interestReason: 'the courts use 8% simple' },
    });
    expect(await history()).toContain('Set the remedy: interest at 8% a year simple, because the courts use 8% simple');
  });

  it('splits the loss, adds symbolic payments, and says who pays whom', async () => {
    await call('remedy.saveChoices', {
      caseId,
      choices: {
        apportionment: [
          { org: 'council', percent: 50 },
          { org: 'icb', percent: 50 },
        ],
      },
    });
    const distress = await call<{ id: string }>('remedy.savePayment', {
      caseId,
      payment: { kind: 'distress', to: 'p1', by: 'trust', amount: 100000, reason: 'distress of going without care' },
    });
    expect(distress.id).toBe('r1');
    await call('remedy.savePayment', {
      caseId,
      payment: { kind: 'time_and_trouble', to: 'p2', by: 'council', perMonth: 5000, months: 5 },
    });
    const view = await call<RemedyView>('remedy.get', { caseId });
    expect(view.result.ok).toBe(true);
    if (!view.result.ok) return;
    // £888.00 net loss split 50/50 (£444.00 each); the council adds 5 × £50.00 = £250.00; the trust £1,000.00.
    expect(view.result.output.byOrganisation).toEqual({ council: 69400, icb: 44400, trust: 100000 });
    // Mrs Jones made the payment (£888.00) and gets the time and trouble (£250.00); Ms Jones the distress.
    expect(view.result.output.byRecipient).toEqual({ p2: 113800, p1: 100000 });
    expect(view.result.output.total).toBe(88800 + 25000 + 100000);
    expect(view.words?.payments).toContain(
      'Anytown Mental Health NHS Trust to pay Ms Sarah Jones £1,000.00 to recognise the distress caused',
    );
    const summaries = await history();
    expect(summaries).toContain(
      'Set the remedy: the financial loss split Anytown Borough Council 50% and NHS Anytown ICB 50%',
    );
    expect(summaries).toContain(
      'Added a distress payment of £1,000.00 from Anytown Mental Health NHS Trust to Ms Sarah Jones',
    );
    expect(summaries).toContain(
      'Added a time and trouble payment of £250.00 (£50.00 a month for 5 months) from Anytown Borough Council to Mrs Anne Jones',
    );
  });

  it('refuses a symbolic payment to someone not in the case, or with both a lump sum and a monthly amount', async () => {
    const to = await refused('remedy.savePayment', {
      caseId,
      payment: { kind: 'distress', to: 'council', by: 'trust', amount: 50000 },
    });
    expect(to.issues).toEqual([{ path: 'payment.to', message: 'no person "council"' }]);
    const both = await refused('remedy.savePayment', {
      caseId,
      payment: { kind: 'distress', to: 'p1', by: 'trust', amount: 50000, perMonth: 5000, months: 2 },
    });
    expect(both.issues?.map((i) => i.path)).toEqual(['payment.amount']);
  });
});

describe('agreed actions', () => {
  it('are refused without an organisation or with one not in the case', async () => {
    const none = await refused('remedy.saveAction', { caseId, action: { kind: 'apology', by: [], withinDays: 28 } });
    expect(none.issues?.map((i) => i.path)).toEqual(['action.by']);
    const unknown = await refused('remedy.saveAction', {
      caseId,
      action: { kind: 'apology', by: ['council', 'nhs'], withinDays: 28 },
    });
    expect(unknown.issues).toEqual([{ path: 'action.by[1]', message: 'no organisation "nhs"' }]);
  });

  it('need evidence to be marked done, and keep it', async () => {
    const action = await call<{ id: string }>('remedy.saveAction', {
      caseId,
      action: { kind: 'apology', by: ['council', 'icb'], withinDays: 28 },
    });
    const missing = await refused('remedy.setActionStatus', {
      caseId,
      actionId: action.id,
      status: 'done',
      evidence: '   ',
    });
    expect(missing.issues?.map((i) => i.path)).toEqual(['evidence']);

    const done = await call<{ compliance: string; evidence: string }>('remedy.setActionStatus', {
      caseId,
      actionId: action.id,
      status: 'done',
      evidence: 'Letter of apology dated 3 February 2022',
    });
    expect(done).toMatchObject({ compliance: 'done', evidence: 'Letter of apology dated 3 February 2022' });
    const view = await call<RemedyView>('remedy.get', { caseId });
    expect(view.actions[0]).toMatchObject({ evidence: 'Letter of apology dated 3 February 2022' });
    expect(view.remedy.actions?.[0]?.status).toBe('done');
    const summaries = await history();
    expect(summaries).toContain(
      'Added the agreed action “Apology, by Anytown Borough Council and NHS Anytown ICB within 28 days”',
    );
    expect(summaries).toContain(
      'Marked the agreed action “Apology, by Anytown Borough Council and NHS Anytown ICB within 28 days” done: Letter of apology dated 3 February 2022',
    );
  });

  it('are listed across cases when due soon or overdue, counted from the final decision date', async () => {
    const other = await seedCase({ title: 'Second case', reference: '18 012 800', finalDecisionDate: '2022-11-01' });
    await call('cases.update', {
      caseId,
      draft: { ...sampleDraft(), asAt: '2022-01-15', finalDecisionDate: '2022-10-01' },
    });
    // Case 1 from 1 October 2022: apology in 28 days (29 October), policy review in 90 days (30 December).
    await call('remedy.saveAction', { caseId, action: { kind: 'apology', by: ['council'], withinDays: 28 } });
    await call('remedy.saveAction', {
      caseId,
      action: { kind: 'service_improvement', by: ['icb'], text: 'Review the S117 policy', withinDays: 90 },
    });
    // Case 2 from 1 November 2022: payment in 40 days (11 December); done reassessment in 10 days.
    await call('remedy.saveAction', { caseId: other, action: { kind: 'payment', by: ['trust'], withinDays: 40 } });
    const reassess = await call<{ id: string }>('remedy.saveAction', {
      caseId: other,
      action: { kind: 'reassessment', by: ['council'], text: 'Reassess aftercare needs', withinDays: 10 },
    });
    await call('remedy.setActionStatus', {
      caseId: other,
      actionId: reassess.id,
      status: 'done',
      evidence: 'Assessment of 9 November 2022',
    });

    // On 1 December 2022: the apology is overdue, the payment due within 14 days, the review not yet.
    const service = createRemedyService(
      databaseForTests(ws.services),
      () => 'Jo',
      () => new Date('2022-12-01T12:00:00Z'),
    );
    const attention = service.compliance();
    expect(attention.today).toBe('2022-12-01');
    expect(attention.items.map((i) => [i.caseTitle, i.kind, i.due, i.status])).toEqual([
      ['Aftercare after detention under section 3', 'apology', '2022-10-29', 'overdue'],
      ['Second case', 'payment', '2022-12-11', 'due_soon'],
    ]);
    expect(attention.items[0]?.by).toEqual([{ id: 'council', name: 'Anytown Borough Council' }]);
    const all = service.compliance({ all: true });
    expect(all.items.map((i) => i.status).sort()).toEqual(['done', 'due', 'due_soon', 'overdue']);
    expect(all.items.find((i) => i.status === 'done')?.evidence).toBe('Assessment of 9 November 2022');
  });
});

describe('reference points', () => {
  it('keeps the team’s own table beside the built-in ones, audited, and refuses one without a source', async () => {
    const listed = await call<{ builtIn: unknown[]; team: unknown[] }>('remedy.referencePoints.list', {});
    expect(listed.builtIn.length).toBeGreaterThan(0);
    expect(listed.team).toEqual([]);
    await call('remedy.referencePoints.save', {
      points: [{ kind: 'distress', amount: 75000, source: 'Our panel decision, March 2024' }],
    });
    expect((await call<{ team: unknown[] }>('remedy.referencePoints.list', {})).team).toEqual([
      { kind: 'distress', amount: 75000, source: 'Our panel decision, March 2024' },
    ]);
    const error = await refused('remedy.referencePoints.save', {
      points: [{ kind: 'distress', amount: 75000, source: ' ' }],
    });
    expect(error.issues?.map((i) => i.path)).toEqual(['points[0].source']);
  });
});
