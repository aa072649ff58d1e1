import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../casefile/schema';
import { calculateRemedy } from './calculate-remedy';
import { describeRemedy } from './describe-remedy';
import { exampleCaseFile, exampleLossWindows, exampleScheduledPayment } from './test-support/example-case';

function describeFile(file: CaseFile) {
  const result = calculateRemedy(file, { asAt: '2022-01-15', lossWindows: exampleLossWindows });
  if (!result.ok) throw new Error(result.message);
  return describeRemedy(file, result.output, { asAt: '2022-01-15' });
}

describe('describeRemedy', () => {
  it('describes the CASEFILE example in plain sentences', () => {
    const description = describeFile(exampleCaseFile());
    expect(description).toEqual({
      financialLoss: [
        '£888.00 refund of fees paid by Mrs Anne Jones for private support worker on 1 April 2019, net of £400.00 housing benefit',
      ],
      payments: [
        'Anytown Mental Health NHS Trust to pay Ms Sarah Jones £1,000.00 to recognise the distress caused',
        'Anytown Mental Health NHS Trust to pay Mrs Anne Jones £250.00 to recognise the time and trouble caused',
      ],
      byOrganisation: [
        'Anytown Borough Council to pay £444.00 (50% of the financial loss)',
        'NHS Anytown CCG to pay £444.00 (50% of the financial loss)',
        'Anytown Mental Health NHS Trust to pay £1,250.00 (symbolic payments)',
      ],
      byRecipient: ['Mrs Anne Jones to receive £1,138.00', 'Ms Sarah Jones to receive £1,000.00'],
    });
  });

  it('states the interest, its rate and the recorded reason', () => {
    const file = exampleCaseFile();
    file.remedy!.interestRatePercent = 8;
    file.remedy!.interestReason = 'it is the rate the courts use';
    const { financialLoss } = describeFile(file);
    expect(financialLoss).toContain(
      'interest at 8% a year simple from the date of each payment to 15 January 2022, £198.52, because it is the rate the courts use',
    );
    expect(financialLoss).toContain('£1,086.52 in all: £888.00 refund and £198.52 interest');
  });

  it('gives a schedule its date range, a per-month payment its terms, and an organisation both its shares', () => {
    const file = exampleCaseFile();
    file.payments!.push(exampleScheduledPayment);
    file.remedy!.apportionment = [
      { org: 'council', percent: 50 },
      { org: 'trust', percent: 50 },
    ];
    file.remedy!.payments![1] = {
      id: 'r2',
      kind: 'time_and_trouble',
      to: 'p2',
      by: 'trust',
      perMonth: 5000,
      months: 5,
    };
    const description = describeFile(file);
    expect(description.financialLoss[1]).toBe(
      '£3,328.00 refund of fees paid by Mrs Anne Jones for care home fees between 6 May 2019 and 29 July 2019 (13 payments)',
    );
    expect(description.payments[1]).toBe(
      'Anytown Mental Health NHS Trust to pay Mrs Anne Jones £250.00 (£50.00 a month for 5 months) to recognise the time and trouble caused',
    );
    // Loss 88800 + 13 × 25600 = 421600; half each = 210800; the Trust adds 125000.
    expect(description.byOrganisation).toEqual([
      'Anytown Borough Council to pay £2,108.00 (50% of the financial loss)',
      'Anytown Mental Health NHS Trust to pay £3,358.00 (£2,108.00, 50% of the financial loss, and £1,250.00 in symbolic payments)',
    ]);
  });
});
