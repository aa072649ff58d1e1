import { describe, expect, it } from 'vitest';
import { checkCase } from './check-case';
import { formatCheckReport } from './format-check-report';
import { ev, makeCase } from './test-support';

describe('formatCheckReport', () => {
  const file = makeCase({
    events: [
      ev('detention', '2019-01-10'),
      ev('discharge', '2019-03-01'),
      ev('s117_ended', '2019-05-01', { reasons: ['time_elapsed'] }),
    ],
  });
  const report = formatCheckReport(checkCase(file, { asAt: '2019-12-01' }), file);

  it('names the responsible bodies by name with their basis', () => {
    expect(report).toContain('Council: Anytown Borough Council');
    expect(report).toContain('NHS commissioner: NHS Anytown CCG (Who Pays? 2016)');
    expect(report).toMatch(/Basis: ordinarily resident/);
    expect(report).not.toMatch(/Organisations: .*\bccg\b/);
  });

  it('shows eligibility, episodes and flags grouped by severity with UK dates', () => {
    expect(report).toContain('entitled to S117 aftercare from 01/03/2019');
    expect(report).toContain(
      // Ended for an improper reason (time had passed), so the duty, and the episode, continue.
      '1. Detained 10/01/2019 under section 3; discharged 01/03/2019; aftercare continuing (not ended by the improper ending of 01/05/2019).',
    );
    const faults = report.indexOf('  Faults (');
    const concerns = report.indexOf('  Concerns (');
    expect(faults).toBeGreaterThan(0);
    expect(concerns).toBeGreaterThan(faults);
    expect(report).toContain('01/05/2019  ENDED-FOR-IMPROPER-REASON');
  });
});
