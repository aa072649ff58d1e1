// Remedies for a stored case: payments the person made and the offsets against them, the
// investigator's choices (interest and its reason, apportionment, symbolic payments, agreed
// actions), the calculator's result with its words (built in remedy-view.ts), action status with
// evidence of compliance, the cross-case list of actions due soon or overdue, and the team's
// reference points (reference-points.ts). Every item is checked with the case-file schemas and against the case
// (people, organisations, payments); every change is audited in words with its amounts, in the
// same transaction.
import type { z } from 'zod';
import type { Db } from '../store/db';
import { appendActionStatus, removeActionStatuses } from '../store/action-status-repo';
import { getCase } from '../store/cases-repo';
import { nextId } from '../store/ids';
import { createMutator, type AuditRecord } from '../store/mutate';
import {
  getRemedy,
  listOffsets,
  listPayments,
  replaceOffsets,
  replacePayments,
  setRemedy,
} from '../store/case-extras-repo';
import { AppError, notFound } from '../errors';
import { createActionViews, deadlinesFromFor, listCompliance } from './remedy-compliance';
import { remedyView } from './remedy-view';
import {
  describeAction,
  describeOffset,
  describePayment,
  describeRate,
  describeSymbolicPayment,
  inWords,
  orgName,
} from '../../shared/remedies/describe-remedy-items';
import {
  actionSchema,
  offsetSchema,
  paymentSchema,
  remedyPaymentSchema,
  remedySchema,
  type CaseFileAction,
  type CaseFileOffset,
  type CaseFilePayment,
  type CaseFileRemedy,
  type CaseFileRemedyPayment,
} from '../../shared/casefile/schema';
import type { CaseDetail } from '../../shared/domain/case';
import type { ActionStatus } from '../../shared/domain/vocabulary';
import { createReferencePoints, type ReferencePoints } from './reference-points';
import { todayInLondon } from '../../shared/dates/calendar-date';
import { describeIssues, toFieldIssues, type FieldIssue } from '../../shared/validation/issues';
import {
  type ActionView,
  type ComplianceItem,
  type RemedyView,
  type TeamReferencePoint,
} from '../../shared/ipc/channels/remedies';

type Fields = Record<string, unknown>;

export interface RemedyService {
  get(caseId: string, asAt?: string | null): RemedyView;
  savePayment(caseId: string, raw: Fields): CaseFilePayment;
  deletePayment(caseId: string, paymentId: string): void;
  saveOffset(caseId: string, raw: Fields): CaseFileOffset;
  deleteOffset(caseId: string, offsetId: string): void;
  saveChoices(caseId: string, raw: Fields): CaseFileRemedy;
  saveSymbolicPayment(caseId: string, raw: Fields): CaseFileRemedyPayment;
  deleteSymbolicPayment(caseId: string, paymentId: string): void;
  saveAction(caseId: string, raw: Fields): CaseFileAction;
  deleteAction(caseId: string, actionId: string): void;
  setActionStatus(caseId: string, actionId: string, status: ActionStatus, evidence?: string): ActionView;
  compliance(options?: { all?: boolean }): { today: string; items: ComplianceItem[] };
  referencePoints(): ReferencePoints;
  saveReferencePoints(points: TeamReferencePoint[]): ReferencePoints;
}

/** Parses with a case-file schema, or refuses naming each field under `prefix`. */
function parseOrRefuse<S extends z.ZodType>(schema: S, value: unknown, prefix: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  refuse(toFieldIssues(parsed.error).map((i) => ({ ...i, path: i.path ? `${prefix}.${i.path}` : prefix })));
}

function refuse(issues: FieldIssue[]): never {
  throw new AppError('invalid_input', describeIssues(issues), issues);
}

export function createRemedyService(db: Db, actor: () => string, now: () => Date): RemedyService {
  const mutate = createMutator({ db, actor, now });
  /** The audit entry for a change to a remedy item. */
  const entry = (
    caseId: string | null,
    action: string,
    entity: string,
    entityId: string | null,
    summary: string,
    extra: { before?: unknown; after?: unknown } = {},
  ): AuditRecord => ({ caseId, action, entity, entityId, summary, ...extra });

  const today = () => todayInLondon(now());
  const remedyOf = (caseId: string): CaseFileRemedy => getRemedy(db, caseId) ?? {};

  const actionView = createActionViews(db, today);

  const requireOrg = (c: CaseDetail, path: string, id: string): FieldIssue[] =>
    c.organisations.some((o) => o.id === id) ? [] : [{ path, message: `no organisation "${id}"` }];
  const requirePerson = (c: CaseDetail, path: string, id: string): FieldIssue[] =>
    c.people.some((p) => p.id === id) ? [] : [{ path, message: `no person "${id}"` }];

  /** The existing item with raw.id, or a fresh id; an id that names nothing is not found. */
  function idFor(raw: Fields, taken: ReadonlyArray<{ id: string }>, prefix: string, what: string) {
    if (raw.id === undefined || raw.id === null) return { id: nextId(prefix, new Set(taken.map((t) => t.id))) };
    if (typeof raw.id !== 'string') return { id: raw.id as string };
    const index = taken.findIndex((t) => t.id === raw.id);
    if (index < 0) throw notFound(`${what} ${raw.id}`);
    return { id: raw.id, index };
  }

  return {
    get: (caseId, asAt) => remedyView(db, caseId, asAt, now(), actionView),

    savePayment: (caseId, raw) =>
      mutate((change) => {
        const c = getCase(db, caseId);
        const list = listPayments(db, caseId);
        const { id, index } = idFor(raw, list, 'm', 'Payment');
        const payment = parseOrRefuse(paymentSchema, { ...raw, id }, 'payment');
        const issues = requirePerson(c, 'payment.paidBy', payment.paidBy);
        if (issues.length > 0) refuse(issues);
        const before = index !== undefined ? list[index] : undefined;
        replacePayments(db, caseId, before ? list.map((p) => (p.id === id ? payment : p)) : [...list, payment]);
        change.audit(
          entry(
            caseId,
            before ? 'update' : 'create',
            'payment',
            id,
            before
              ? `Edited the payment ${id}: now ${describePayment(c, payment)}`
              : `Added ${describePayment(c, payment)}`,
            { before, after: payment },
          ),
        );
        return payment;
      }),

    deletePayment: (caseId, paymentId) =>
      mutate((change) => {
        const c = getCase(db, caseId);
        const list = listPayments(db, caseId);
        const before = list.find((p) => p.id === paymentId);
        if (!before) throw notFound(`Payment ${paymentId}`);
        const users = listOffsets(db, caseId).filter((o) => o.against.includes(paymentId));
        if (users.length > 0)
          throw new AppError(
            'conflict',
            `The offset${users.length > 1 ? 's' : ''} ${inWords(users.map((o) => o.id))} ${users.length > 1 ? 'are' : 'is'} set against this payment; remove ${users.length > 1 ? 'them' : 'it'} or change ${users.length > 1 ? 'them' : 'it'} first.`,
          );
        replacePayments(
          db,
          caseId,
          list.filter((p) => p.id !== paymentId),
        );
        change.audit(
          entry(caseId, 'delete', 'payment', paymentId, `Removed ${describePayment(c, before)}`, { before }),
        );
      }),

    saveOffset: (caseId, raw) =>
      mutate((change) => {
        getCase(db, caseId);
        const payments = listPayments(db, caseId);
        const list = listOffsets(db, caseId);
        const { id, index } = idFor(raw, list, 'o', 'Offset');
        const offset = parseOrRefuse(offsetSchema, { ...raw, id }, 'offset');
        const issues: FieldIssue[] = offset.against.flatMap((pid, j) =>
          payments.some((p) => p.id === pid) ? [] : [{ path: `offset.against[${j}]`, message: `no payment "${pid}"` }],
        );
        if (new Set(offset.against).size !== offset.against.length)
          issues.push({ path: 'offset.against', message: 'names the same payment twice' });
        if (issues.length > 0) refuse(issues);
        const before = index !== undefined ? list[index] : undefined;
        replaceOffsets(db, caseId, before ? list.map((o) => (o.id === id ? offset : o)) : [...list, offset]);
        change.audit(
          entry(
            caseId,
            before ? 'update' : 'create',
            'offset',
            id,
            before
              ? `Edited the offset ${id}: now ${describeOffset(payments, offset)}`
              : `Added an offset of ${describeOffset(payments, offset)}`,
            { before, after: offset },
          ),
        );
        return offset;
      }),

    deleteOffset: (caseId, offsetId) =>
      mutate((change) => {
        getCase(db, caseId);
        const list = listOffsets(db, caseId);
        const before = list.find((o) => o.id === offsetId);
        if (!before) throw notFound(`Offset ${offsetId}`);
        replaceOffsets(
          db,
          caseId,
          list.filter((o) => o.id !== offsetId),
        );
        change.audit(
          entry(
            caseId,
            'delete',
            'offset',
            offsetId,
            `Removed the offset of ${describeOffset(listPayments(db, caseId), before)}`,
            { before },
          ),
        );
      }),

    saveChoices: (caseId, raw) =>
      mutate((change) => {
        const c = getCase(db, caseId);
        const allowed = ['interestRatePercent', 'interestReason', 'apportionment'];
        const unknown = Object.keys(raw).filter((k) => !allowed.includes(k));
        if (unknown.length > 0) refuse(unknown.map((k) => ({ path: `choices.${k}`, message: 'unknown field' })));
        const parsed = parseOrRefuse(
          remedySchema.pick({ interestRatePercent: true, interestReason: true, apportionment: true }),
          raw,
          'choices',
        );
        const before = remedyOf(caseId);
        const next: CaseFileRemedy = { ...before };
        for (const key of allowed as Array<'interestRatePercent' | 'interestReason' | 'apportionment'>) {
          if (!(key in raw)) continue;
          if (parsed[key] === undefined) delete next[key];
          else (next as Record<string, unknown>)[key] = parsed[key];
        }
        const issues: FieldIssue[] = [];
        const seen = new Set<string>();
        next.apportionment?.forEach((a, i) => {
          issues.push(...requireOrg(c, `choices.apportionment[${i}].org`, a.org));
          if (seen.has(a.org)) issues.push({ path: `choices.apportionment[${i}].org`, message: 'appears twice' });
          seen.add(a.org);
        });
        if ((next.interestRatePercent ?? 0) > 0 && !next.interestReason?.trim())
          issues.push({
            path: 'choices.interestReason',
            message: 'give the reason for this rate (it is shown in the letter)',
          });
        if (issues.length > 0) refuse(issues);

        const changes: string[] = [];
        if (
          before.interestRatePercent !== next.interestRatePercent ||
          (before.interestReason ?? '') !== (next.interestReason ?? '')
        ) {
          const reason = next.interestReason?.trim();
          changes.push(
            `${describeRate(next.interestRatePercent)}${next.interestRatePercent && reason ? `, because ${reason}` : ''}`,
          );
        }
        if (JSON.stringify(before.apportionment ?? []) !== JSON.stringify(next.apportionment ?? [])) {
          const shares = next.apportionment ?? [];
          changes.push(
            shares.length === 0
              ? 'no apportionment of the financial loss'
              : `the financial loss split ${inWords(shares.map((s) => `${orgName(c, s.org)} ${s.percent}%`))}`,
          );
        }
        if (changes.length > 0) {
          setRemedy(db, caseId, next);
          change.audit(
            entry(caseId, 'update', 'remedy', null, `Set the remedy: ${changes.join('; ')}`, { before, after: next }),
          );
        }
        return next;
      }),

    saveSymbolicPayment: (caseId, raw) =>
      mutate((change) => {
        const c = getCase(db, caseId);
        const remedy = remedyOf(caseId);
        const list = remedy.payments ?? [];
        const { id, index } = idFor(raw, list, 'r', 'Symbolic payment');
        const payment = parseOrRefuse(remedyPaymentSchema, { ...raw, id }, 'payment');
        const issues = [...requirePerson(c, 'payment.to', payment.to), ...requireOrg(c, 'payment.by', payment.by)];
        if (issues.length > 0) refuse(issues);
        const before = index !== undefined ? list[index] : undefined;
        setRemedy(db, caseId, {
          ...remedy,
          payments: before ? list.map((p) => (p.id === id ? payment : p)) : [...list, payment],
        });
        const words = describeSymbolicPayment(c, payment);
        change.audit(
          entry(
            caseId,
            before ? 'update' : 'create',
            'remedy_payment',
            id,
            before ? `Changed a symbolic payment: now ${words}` : `Added ${words}`,
            { before, after: payment },
          ),
        );
        return payment;
      }),

    deleteSymbolicPayment: (caseId, paymentId) =>
      mutate((change) => {
        const c = getCase(db, caseId);
        const remedy = remedyOf(caseId);
        const before = remedy.payments?.find((p) => p.id === paymentId);
        if (!before) throw notFound(`Symbolic payment ${paymentId}`);
        setRemedy(db, caseId, { ...remedy, payments: (remedy.payments ?? []).filter((p) => p.id !== paymentId) });
        change.audit(
          entry(caseId, 'delete', 'remedy_payment', paymentId, `Removed ${describeSymbolicPayment(c, before)}`, {
            before,
          }),
        );
      }),

    saveAction: (caseId, raw) =>
      mutate((change) => {
        const c = getCase(db, caseId);
        if ('status' in raw)
          refuse([{ path: 'action.status', message: 'change the status with “Mark done” (remedy.setActionStatus)' }]);
        const remedy = remedyOf(caseId);
        const list = remedy.actions ?? [];
        const { id, index } = idFor(raw, list, 'a', 'Action');
        const before = index !== undefined ? list[index] : undefined;
        const action = parseOrRefuse(
          actionSchema,
          { ...raw, id, ...(before?.status ? { status: before.status } : {}) },
          'action',
        );
        const issues = action.by.flatMap((o, j) => requireOrg(c, `action.by[${j}]`, o));
        if (new Set(action.by).size !== action.by.length)
          issues.push({ path: 'action.by', message: 'names the same organisation twice' });
        if (action.kind !== 'apology' && action.kind !== 'payment' && !action.text?.trim())
          issues.push({ path: 'action.text', message: 'say what is to be done' });
        if (issues.length > 0) refuse(issues);
        setRemedy(db, caseId, {
          ...remedy,
          actions: before ? list.map((a) => (a.id === id ? action : a)) : [...list, action],
        });
        change.audit(
          entry(
            caseId,
            before ? 'update' : 'create',
            'remedy_action',
            id,
            before
              ? `Edited the agreed action ${id}: now “${describeAction(c, action)}”`
              : `Added the agreed action “${describeAction(c, action)}”`,
            { before, after: action },
          ),
        );
        return action;
      }),

    deleteAction: (caseId, actionId) =>
      mutate((change) => {
        const c = getCase(db, caseId);
        const remedy = remedyOf(caseId);
        const before = remedy.actions?.find((a) => a.id === actionId);
        if (!before) throw notFound(`Action ${actionId}`);
        setRemedy(db, caseId, { ...remedy, actions: (remedy.actions ?? []).filter((a) => a.id !== actionId) });
        // A later action may take the same id; it must not inherit this one's evidence.
        removeActionStatuses(db, caseId, actionId);
        change.audit(
          entry(
            caseId,
            'delete',
            'remedy_action',
            actionId,
            `Removed the agreed action “${describeAction(c, before)}”`,
            { before },
          ),
        );
      }),

    setActionStatus: (caseId, actionId, status, evidence) =>
      mutate((change) => {
        const c = getCase(db, caseId);
        const remedy = remedyOf(caseId);
        const before = remedy.actions?.find((a) => a.id === actionId);
        if (!before) throw notFound(`Action ${actionId}`);
        const note = evidence?.trim() ?? '';
        if (status === 'done' && note === '')
          refuse([{ path: 'evidence', message: 'say what shows the action was done (e.g. the letter of apology)' }]);
        const action: CaseFileAction = { ...before, status };
        setRemedy(db, caseId, {
          ...remedy,
          actions: (remedy.actions ?? []).map((a) => (a.id === actionId ? action : a)),
        });
        appendActionStatus(db, {
          caseId,
          actionId,
          status,
          evidence: note || null,
          at: change.at,
          actor: change.actor,
        });
        const what = `“${describeAction(c, action)}”`;
        const summary =
          status === 'done'
            ? `Marked the agreed action ${what} done: ${note}`
            : status === 'overdue'
              ? `Marked the agreed action ${what} overdue${note ? `: ${note}` : ''}`
              : `Marked the agreed action ${what} as due (not yet done)${note ? `: ${note}` : ''}`;
        change.audit(entry(caseId, 'update', 'remedy_action', actionId, summary, { before, after: action }));
        return actionView(caseId, action, deadlinesFromFor(c));
      }),

    compliance: (options = {}) => listCompliance(db, actionView, today(), options),

    ...createReferencePoints(db, mutate),
  };
}
