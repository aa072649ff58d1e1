// The printed form of the duty check: keys in the order of the schema (CASEFILE.md), 2-space
// JSON, trailing newline, so the same check always gives byte-identical text.
import type { CheckOutput, Flag } from './check-output';

/** A copy of the check with every object's keys in schema order. */
export function orderCheckOutput(check: CheckOutput): CheckOutput {
  const { council, nhs } = check.responsible;
  return {
    eligible: check.eligible,
    entitlementFrom: check.entitlementFrom,
    responsible: {
      council: { org: council.org, basis: council.basis, events: [...council.events] },
      nhs: {
        org: nhs.org,
        rule: nhs.rule,
        basis: nhs.basis,
        events: [...nhs.events],
        alternative: nhs.alternative ? { org: nhs.alternative.org, basis: nhs.alternative.basis } : null,
      },
    },
    episodes: check.episodes.map((e) => ({ detention: e.detention, discharge: e.discharge, end: e.end })),
    flags: check.flags.map((f): Flag => ({
      rule: f.rule,
      severity: f.severity,
      orgs: [...f.orgs],
      date: f.date,
      events: [...f.events],
      payments: [...f.payments],
      message: f.message,
      citation: f.citation,
    })),
  };
}

export function serializeCheck(check: CheckOutput): string {
  return `${JSON.stringify(orderCheckOutput(check), null, 2)}\n`;
}
