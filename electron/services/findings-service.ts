// The duties panel and the findings of a case: the duty check with every duty's status and its
// flags (dismissed ones kept, with who dismissed them and why), findings written by hand or
// accepted from a flag, and dismissing or restoring a flag. Each change is checked against the
// case (organisations, events, rules) and audited in words in the same transaction.
import type { Db } from '../store/db';
import { auditedEntityIds } from '../store/audit';
import { getCase } from '../store/cases-repo';
import { getEvent } from '../store/events-repo';
import { readCaseFile } from '../store/case-file-repo';
import { nextId } from '../store/ids';
import { createMutator } from '../store/mutate';
import {
  addDismissal,
  deleteFinding,
  getComplaint,
  getFinding,
  listDismissals,
  listDismissalsWithAuthors,
  listFindings,
  removeDismissal,
  upsertFinding,
} from '../store/case-extras-repo';
import { AppError, notFound } from '../errors';
import { eventContext } from './chronology-service';
import { resolveAsAt } from './analysis-service';
import { findingSchema, type CaseFile, type CaseFileEvent, type CaseFileFinding } from '../../shared/casefile/schema';
import { checkCase } from '../../shared/s117/check-case';
import { dutyStatuses, DUTIES } from '../../shared/s117/duties';
import { ruleById } from '../../shared/s117/rules';
import type { Flag } from '../../shared/s117/check-output';
import { EVENT_TYPE_LABELS, formatEventDate } from '../../shared/chronology/event-labels';
import { formatUkDate } from '../../shared/dates/calendar-date';
import { describeIssues, toFieldIssues, type FieldIssue } from '../../shared/validation/issues';
import {
  faultFromFlag,
  type DismissalRecord,
  type DutiesCheck,
  type DutyFlag,
  type EventSummary,
} from '../../shared/ipc/channels/findings';
import type { InjusticeKind } from '../../shared/domain/vocabulary';

export interface AcceptedWording {
  fault?: string;
  injustice?: InjusticeKind[];
  causation?: string | null;
  injusticeTo?: string[];
  heads?: string[];
}

export interface FindingsService {
  check(caseId: string, asAt?: string | null): DutiesCheck;
  list(caseId: string): CaseFileFinding[];
  create(caseId: string, raw: Record<string, unknown>): CaseFileFinding;
  update(caseId: string, findingId: string, raw: Record<string, unknown>): CaseFileFinding;
  remove(caseId: string, findingId: string): void;
  acceptFlag(
    caseId: string,
    flag: { rule: string; date: string; org: string; asAt?: string | null },
    wording?: AcceptedWording,
  ): CaseFileFinding;
  dismissFlag(caseId: string, rule: string, date: string, reason: string): DismissalRecord;
  restoreFlag(caseId: string, rule: string, date: string): void;
}

const flagKey = (rule: string, date: string) => `${rule} ${date}`;
const describeFlag = (rule: string, date: string) => `${rule} (${formatUkDate(date)})`;
/** A long fault cut to a line for the history. */
const brief = (text: string) => (text.length > 120 ? `${text.slice(0, 117).trimEnd()}…` : text);
const invalid = (issues: FieldIssue[]) => new AppError('invalid_input', describeIssues(issues), issues);

function citationLabel(
  c: NonNullable<CaseFileEvent['citations']>[number],
  titles: ReadonlyMap<string, string>,
): string {
  const title = titles.get(c.evidence) ?? c.evidence;
  if (c.page === undefined) return title;
  if (c.pageEnd !== undefined && c.pageEnd !== c.page) return `${title}, pp. ${c.page}–${c.pageEnd}`;
  return `${title}, p. ${c.page}`;
}

function summariseEvent(e: CaseFileEvent, titles: ReadonlyMap<string, string>): EventSummary {
  return {
    id: e.id,
    date: e.date,
    precision: e.precision ?? 'day',
    type: e.type,
    label: `${formatEventDate(e.date, e.precision)} ${EVENT_TYPE_LABELS[e.type]}`,
    text: e.text ?? null,
    citations: (e.citations ?? []).map((c) => citationLabel(c, titles)),
  };
}

/** Findings that came from this flag: same rule, and naming every event the flag names. */
function findingsFromFlag(flag: Flag, findings: readonly CaseFileFinding[]): string[] {
  return findings
    .filter((f) => f.rule === flag.rule && flag.events.every((e) => (f.events ?? []).includes(e)))
    .map((f) => f.id);
}

export function createFindingsService(db: Db, actor: () => string, now: () => Date): FindingsService {
  const orgName = (caseId: string, orgId: string) =>
    getCase(db, caseId).organisations.find((o) => o.id === orgId)?.name ?? orgId;

  /** Dismissals with who made them and when: the latest matching entry of the audit log. */
  /** Dismissals with who made each and when, from their own rows. */
  const dismissalRecords = (caseId: string): DismissalRecord[] => listDismissalsWithAuthors(db, caseId);

  /** Finding ids ever used in the case, so a deleted finding's id is not given to another. */
  const usedFindingIds = (caseId: string) =>
    new Set([...listFindings(db, caseId).map((f) => f.id), ...auditedEntityIds(db, caseId, 'finding')]);

  /** The finding checked against the schema and the case; issues name `finding.<field>`. */
  const validated = (caseId: string, raw: Record<string, unknown>, id: string): CaseFileFinding => {
    const parsed = findingSchema.safeParse({ ...raw, id });
    if (!parsed.success)
      throw invalid(toFieldIssues(parsed.error).map((i) => ({ ...i, path: i.path ? `finding.${i.path}` : 'finding' })));
    const finding = parsed.data;
    const issues: FieldIssue[] = [];
    const c = getCase(db, caseId);
    if (!c.organisations.some((o) => o.id === finding.org))
      issues.push({ path: 'finding.org', message: `there is no organisation “${finding.org}” in this case` });
    if (finding.rule !== undefined && !ruleById(finding.rule))
      issues.push({ path: 'finding.rule', message: `there is no rule called ${finding.rule}` });
    if (finding.fault.trim() === '') issues.push({ path: 'finding.fault', message: 'Describe the fault' });
    (finding.events ?? []).forEach((e, i) => {
      if (!getEvent(db, caseId, e))
        issues.push({ path: `finding.events[${i}]`, message: `there is no event ${e} in this chronology` });
    });
    (finding.injusticeTo ?? []).forEach((p, i) => {
      if (!c.people.some((x) => x.id === p))
        issues.push({ path: `finding.injusticeTo[${i}]`, message: `there is no person “${p}” in this case` });
    });
    const heads = new Set((getComplaint(db, caseId)?.heads ?? []).map((h) => h.id));
    (finding.heads ?? []).forEach((h, i) => {
      if (!heads.has(h)) issues.push({ path: `finding.heads[${i}]`, message: `there is no complaint head “${h}”` });
    });
    if (issues.length > 0) throw invalid(issues);
    const causation = finding.causation?.trim();
    return {
      id: finding.id,
      org: finding.org,
      ...(finding.rule !== undefined ? { rule: finding.rule } : {}),
      fault: finding.fault.trim(),
      injustice: [...new Set(finding.injustice)],
      ...(causation ? { causation } : {}),
      events: [...new Set(finding.events ?? [])],
      ...(finding.injusticeTo?.length ? { injusticeTo: [...new Set(finding.injusticeTo)] } : {}),
      ...(finding.heads?.length ? { heads: [...new Set(finding.heads)] } : {}),
    };
  };

  const findFlag = (caseId: string, rule: string, date: string, asAt?: string | null): Flag => {
    const file = readCaseFile(db, caseId);
    const flag = checkCase(file, { asAt: resolveAsAt(file, asAt, now()) }).flags.find(
      (f) => f.rule === rule && f.date === date,
    );
    if (!flag) throw notFound(`A ${describeFlag(rule, date)} flag`);
    return flag;
  };

  const mutate = createMutator({ db, actor, now });

  const check = (caseId: string, asAt?: string | null): DutiesCheck => {
    const file: CaseFile = readCaseFile(db, caseId);
    const at = resolveAsAt(file, asAt, now());
    const result = checkCase(file, { asAt: at });
    const dismissals = dismissalRecords(caseId);
    const findings = file.findings ?? [];
    const dismissalOf = (f: Flag) => dismissals.find((d) => d.rule === f.rule && d.date === f.date) ?? null;
    const asDutyFlag = (f: Flag): DutyFlag => ({
      ...f,
      dismissal: dismissalOf(f),
      findings: findingsFromFlag(f, findings),
    });
    const statuses = dutyStatuses(file, result);
    const duties = statuses.map(({ duty, status, flags, events }) => {
      const dismissed =
        status === 'not_applicable'
          ? []
          : result.flags.filter((f) => (duty.ruleIds as string[]).includes(f.rule) && dismissalOf(f));
      return {
        id: duty.id,
        title: duty.title,
        citation: duty.citation,
        ruleIds: [...duty.ruleIds],
        status,
        flags: [...flags, ...dismissed].map(asDutyFlag),
        events,
      };
    });
    const dutyRules = new Set<string>(DUTIES.flatMap((d) => d.ruleIds));
    const titles = eventContext(db, caseId).evidenceTitles ?? new Map<string, string>();
    return {
      asAt: at,
      check: result,
      duties,
      otherFlags: result.flags.filter((f) => !dutyRules.has(f.rule)).map(asDutyFlag),
      dismissals,
      events: file.events.map((e) => summariseEvent(e, titles)),
    };
  };

  return {
    check,
    list: (caseId) => {
      getCase(db, caseId);
      return listFindings(db, caseId);
    },
    create: (caseId, raw) =>
      mutate((change) => {
        getCase(db, caseId);
        const finding = validated(caseId, raw, nextId('f', usedFindingIds(caseId)));
        upsertFinding(db, caseId, finding);
        change.audit({
          caseId,
          action: 'create',
          entity: 'finding',
          entityId: finding.id,
          summary: `Added finding ${finding.id} against ${orgName(caseId, finding.org)}: ${brief(finding.fault)}`,
          after: finding,
        });
        return getFinding(db, caseId, finding.id)!;
      }),
    update: (caseId, findingId, raw) =>
      mutate((change) => {
        getCase(db, caseId);
        const before = getFinding(db, caseId, findingId);
        if (!before) throw notFound(`Finding ${findingId}`);
        // What the form does not edit (the complaint heads it answers, who suffered the
        // injustice) is kept unless the edit gives it.
        const finding = {
          ...(before.heads && !('heads' in raw) ? { heads: before.heads } : {}),
          ...(before.injusticeTo && !('injusticeTo' in raw) ? { injusticeTo: before.injusticeTo } : {}),
          ...validated(caseId, raw, findingId),
        };
        upsertFinding(db, caseId, finding);
        const after = getFinding(db, caseId, findingId)!;
        change.audit({
          caseId,
          action: 'update',
          entity: 'finding',
          entityId: findingId,
          summary: `Edited finding ${findingId} against ${orgName(caseId, after.org)}`,
          before,
          after,
        });
        return after;
      }),
    remove: (caseId, findingId) =>
      mutate((change) => {
        getCase(db, caseId);
        const before = getFinding(db, caseId, findingId);
        if (!before) throw notFound(`Finding ${findingId}`);
        deleteFinding(db, caseId, findingId);
        change.audit({
          caseId,
          action: 'delete',
          entity: 'finding',
          entityId: findingId,
          summary: `Deleted finding ${findingId} against ${orgName(caseId, before.org)}: ${brief(before.fault)}`,
          before,
        });
      }),
    acceptFlag: (caseId, { rule, date, org, asAt }, wording = {}) =>
      mutate((change) => {
        getCase(db, caseId);
        const flag = findFlag(caseId, rule, date, asAt);
        if (listDismissals(db, caseId).some((d) => d.rule === rule && d.date === date))
          throw new AppError('conflict', `${describeFlag(rule, date)} is dismissed; restore it before accepting it.`);
        if (flag.orgs.length > 0 && !flag.orgs.includes(org))
          throw invalid([
            {
              path: 'org',
              message: `choose one of the organisations the flag names: ${flag.orgs.map((o) => orgName(caseId, o)).join(', ')}`,
            },
          ]);
        const finding = validated(
          caseId,
          {
            org,
            rule,
            fault: wording.fault ?? faultFromFlag(flag),
            injustice: wording.injustice ?? [],
            ...(wording.causation ? { causation: wording.causation } : {}),
            ...(wording.injusticeTo?.length ? { injusticeTo: wording.injusticeTo } : {}),
            ...(wording.heads?.length ? { heads: wording.heads } : {}),
            events: flag.events,
          },
          nextId('f', usedFindingIds(caseId)),
        );
        upsertFinding(db, caseId, finding);
        change.audit({
          caseId,
          action: 'accept',
          entity: 'finding',
          entityId: finding.id,
          summary: `Accepted ${describeFlag(rule, date)} as a finding against ${orgName(caseId, org)}`,
          after: finding,
        });
        return getFinding(db, caseId, finding.id)!;
      }),
    dismissFlag: (caseId, rule, date, reason) =>
      mutate((change) => {
        getCase(db, caseId);
        if (!ruleById(rule)) throw invalid([{ path: 'rule', message: `there is no rule called ${rule}` }]);
        if (listDismissals(db, caseId).some((d) => d.rule === rule && d.date === date))
          throw new AppError('conflict', `${describeFlag(rule, date)} is already dismissed.`);
        const text = reason.trim();
        addDismissal(db, caseId, { rule, date, reason: text }, { by: change.actor, at: change.at.toISOString() });
        change.audit({
          caseId,
          action: 'dismiss',
          entity: 'flag',
          entityId: flagKey(rule, date),
          summary: `Dismissed ${describeFlag(rule, date)} because ${text}`,
          after: { rule, date, reason: text },
        });
        return dismissalRecords(caseId).find((d) => d.rule === rule && d.date === date)!;
      }),
    restoreFlag: (caseId, rule, date) =>
      mutate((change) => {
        getCase(db, caseId);
        const before = listDismissals(db, caseId).find((d) => d.rule === rule && d.date === date);
        if (!before) throw notFound(`A dismissal of ${describeFlag(rule, date)}`);
        removeDismissal(db, caseId, rule, date);
        change.audit({
          caseId,
          action: 'restore',
          entity: 'flag',
          entityId: flagKey(rule, date),
          summary: `Restored ${describeFlag(rule, date)}, which had been dismissed because ${before.reason}`,
          before,
        });
      }),
  };
}
