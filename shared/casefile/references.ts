// Cross-reference checks for a parsed case file: unique ids within each list, and every id
// that refers to something (an organisation, a person, an event, a payment, an evidence
// item) names one that exists. Messages name the JSON path: `payments[0].paidBy: no person "p9"`.
import type { CaseFile } from './schema';
import type { FieldIssue } from '../validation/issues';

export function checkReferences(file: CaseFile): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });

  const uniqueIds = (list: ReadonlyArray<{ id: string }> | undefined, name: string) => {
    const seen = new Set<string>();
    (list ?? []).forEach((item, i) => {
      if (seen.has(item.id)) add(`${name}[${i}].id`, `duplicate id "${item.id}"`);
      seen.add(item.id);
    });
    return seen;
  };
  const people = uniqueIds(file.people, 'people');
  const orgs = uniqueIds(file.organisations, 'organisations');
  const events = uniqueIds(file.events, 'events');
  const payments = uniqueIds(file.payments, 'payments');
  uniqueIds(file.offsets, 'offsets');
  const evidence = uniqueIds(file.evidence, 'evidence');
  const findings = uniqueIds(file.findings, 'findings');
  const heads = uniqueIds(file.complaint?.heads, 'complaint.heads');
  uniqueIds(file.remedy?.payments, 'remedy.payments');
  uniqueIds(file.remedy?.actions, 'remedy.actions');

  const org = (path: string, value: string | undefined) => {
    if (value !== undefined && !orgs.has(value)) add(path, `no organisation "${value}"`);
  };
  const person = (path: string, value: string) => {
    if (!people.has(value)) add(path, `no person "${value}"`);
  };
  const findingRefs = (path: string, ids: readonly string[] | undefined) =>
    ids?.forEach((fid, j) => {
      if (!findings.has(fid)) add(`${path}[${j}]`, `no finding "${fid}"`);
    });

  file.events.forEach((e, i) => {
    org(`events[${i}].org`, e.org);
    e.citations?.forEach((c, j) => {
      if (!evidence.has(c.evidence)) add(`events[${i}].citations[${j}].evidence`, `no evidence "${c.evidence}"`);
    });
    if (e.type === 'detention' && e.residence) {
      for (const key of [
        'council',
        'gpCommissioner',
        'ordinaryResidenceCommissioner',
        'usualResidenceCommissioner',
      ] as const)
        org(`events[${i}].residence.${key}`, e.residence[key]);
    }
    if (e.type === 's117_ended') e.decidedBy?.forEach((o, j) => org(`events[${i}].decidedBy[${j}]`, o));
    if (e.type === 'funding_dispute') {
      e.orgs?.forEach((o, j) => org(`events[${i}].orgs[${j}]`, o));
      if (e.to !== undefined && e.to < e.date) add(`events[${i}].to`, 'the dispute cannot be settled before it began');
    }
  });
  file.payments?.forEach((p, i) => person(`payments[${i}].paidBy`, p.paidBy));
  file.offsets?.forEach((o, i) =>
    o.against.forEach((pid, j) => {
      if (!payments.has(pid)) add(`offsets[${i}].against[${j}]`, `no payment "${pid}"`);
    }),
  );
  file.evidence?.forEach((d, i) => org(`evidence[${i}].authorOrg`, d.authorOrg));
  file.findings?.forEach((f, i) => {
    org(`findings[${i}].org`, f.org);
    f.events?.forEach((eid, j) => {
      if (!events.has(eid)) add(`findings[${i}].events[${j}]`, `no event "${eid}"`);
    });
    f.injusticeTo?.forEach((pid, j) => person(`findings[${i}].injusticeTo[${j}]`, pid));
    f.heads?.forEach((hid, j) => {
      if (!heads.has(hid)) add(`findings[${i}].heads[${j}]`, `no complaint head "${hid}"`);
    });
  });
  file.complaint?.heads?.forEach((h, i) => h.orgs.forEach((o, j) => org(`complaint.heads[${i}].orgs[${j}]`, o)));
  file.complaint?.scope?.forEach((s, i) => org(`complaint.scope[${i}].org`, s.org));
  const remedy = file.remedy;
  remedy?.apportionment?.forEach((a, i) => {
    org(`remedy.apportionment[${i}].org`, a.org);
    findingRefs(`remedy.apportionment[${i}].findings`, a.findings);
  });
  remedy?.payments?.forEach((p, i) => {
    person(`remedy.payments[${i}].to`, p.to);
    org(`remedy.payments[${i}].by`, p.by);
    findingRefs(`remedy.payments[${i}].findings`, p.findings);
  });
  remedy?.actions?.forEach((a, i) => {
    a.by.forEach((o, j) => org(`remedy.actions[${i}].by[${j}]`, o));
    findingRefs(`remedy.actions[${i}].findings`, a.findings);
  });
  return issues;
}
