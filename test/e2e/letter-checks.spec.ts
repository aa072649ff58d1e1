// A decision letter that would contradict its findings cannot be approved: record the complaint,
// accept a flag as a finding with its injustice "None", add a distress payment, and the final
// decision lists REMEDY-WITHOUT-INJUSTICE with Approve disabled; record the distress on the
// finding, and the letter approves with decision lines that follow from the findings.
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

async function choose(page: Page, scope: ReturnType<Page['getByRole']>, field: string, option: string) {
  await scope.getByRole('textbox', { name: field }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('approval is blocked while a payment rests on no finding of injustice, and allowed once it does', async ({
  app: page,
  workspace,
}) => {
  const { services } = workspace;
  const created = services.cases.create({
    reference: '21 004 512',
    title: 'Aftercare after section 37/41: no review',
    received: '2020-02-20',
    stage: 'investigation',
    nation: 'england',
    asAt: '2019-12-01',
    people: [{ role: 'aggrieved', title: 'Mr', name: 'Tom Rowe', label: 'Mr X' }],
    organisations: [
      { kind: 'council', name: 'Northbridge Council' },
      { kind: 'icb', name: 'NHS Northbridge ICB' },
    ],
  });
  const caseId = created.id;
  services.chronology.create(caseId, {
    date: '2019-01-07',
    type: 'detention',
    section: '37/41',
    org: 'icb',
    residence: { council: 'council', gpCommissioner: 'icb', ordinaryResidenceCommissioner: 'icb' },
  });
  services.chronology.create(caseId, { date: '2019-04-15', type: 'discharge', text: 'Discharged to his flat' });
  const origin = new URL(page.url()).origin;

  // The complaint: one head, about the council.
  await page.goto(`${origin}/index.html#/cases/${caseId}/complaint`);
  await page.getByRole('button', { name: 'Add a head of complaint' }).click();
  await page
    .getByRole('group', { name: 'Head 1 is about' })
    .getByRole('checkbox', { name: 'Northbridge Council' })
    .check();
  await page
    .getByRole('textbox', { name: 'What they said the organisation(s) did wrong' })
    .fill('Did not review his aftercare');
  await page.getByRole('button', { name: 'Save the complaint' }).click();
  await expect(page.getByText('Complaint saved')).toBeVisible();

  // Accept FIRST-REVIEW-LATE against the council, leaving the injustice empty.
  await page.goto(`${origin}/index.html#/cases/${caseId}/duties`);
  const late = page.getByRole('group', { name: /^Flag FIRST-REVIEW-LATE/ });
  await late.getByRole('button', { name: 'Accept as finding…' }).click();
  const accept = page.getByRole('dialog', { name: 'Accept as a finding' });
  await choose(page, accept, 'Organisation at fault', 'Northbridge Council');
  await accept.getByRole('textbox', { name: 'Injustice' }).click();
  await page.getByRole('option', { name: 'None', exact: true }).click();
  await page.keyboard.press('Escape');
  await accept.getByRole('button', { name: 'Save finding' }).click();
  await expect(late.getByText('Accepted as finding f1')).toBeVisible();

  // A £500 distress payment from the council.
  await page.goto(`${origin}/index.html#/cases/${caseId}/remedies`);
  await page.getByRole('button', { name: 'Add symbolic payment' }).click();
  const pay = page.getByRole('dialog', { name: 'Add a symbolic payment' });
  await choose(page, pay, 'Paid by', 'Northbridge Council');
  await choose(page, pay, 'Paid to', 'Mr Tom Rowe');
  await pay.getByLabel('Amount').fill('500');
  // A double click adds one payment, not two.
  await pay.getByRole('button', { name: 'Save payment' }).dblclick();
  await expect(pay).toBeHidden();
  expect(services.analysis.caseFile(caseId).remedy?.payments).toHaveLength(1);

  // The final decision: the check fails, named, with a link to the fix; Approve is disabled.
  await page.goto(`${origin}/index.html#/cases/${caseId}/letters`);
  await page.getByRole('button', { name: 'New letter' }).click();
  const dialog = page.getByRole('dialog', { name: 'New letter' });
  await dialog.getByRole('textbox', { name: 'Template' }).click();
  await page.getByRole('option', { name: "Ombudsmen's final decision" }).click();
  await dialog.getByRole('button', { name: 'Create letter' }).click();
  const checks = page.getByLabel('Letter checks');
  await expect(checks).toContainText('REMEDY-WITHOUT-INJUSTICE');
  await expect(checks).toContainText('rests on no finding that records distress to Mr Tom Rowe');
  await expect(page.getByRole('button', { name: 'Approve final…' })).toBeDisabled();
  await page.screenshot({ path: 'test-results/screens/letter-checks-blocked.png', fullPage: true });
  await expect(services.letters.approve(caseId, 'L1')).rejects.toThrow(
    /cannot be approved while[^]*REMEDY-WITHOUT-INJUSTICE/,
  );

  // Fix it: record the distress on the finding.
  await page.goto(`${origin}/index.html#/cases/${caseId}/findings`);
  await page.getByRole('button', { name: 'Edit finding f1' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit finding f1' });
  await edit.getByRole('textbox', { name: 'Injustice' }).click();
  await page.getByRole('option', { name: 'Distress' }).click();
  await page.keyboard.press('Escape');
  await edit.getByRole('button', { name: 'Save finding' }).click();
  await expect(edit).toHaveCount(0);

  // Back to the letter: no error left, the decision line follows from the finding, approval works.
  await page.goto(`${origin}/index.html#/cases/${caseId}/letters/L1`);
  await expect(page.getByText('REMEDY-WITHOUT-INJUSTICE')).toHaveCount(0);
  // The letter was written before the fix: its decision line is stale until updated.
  await expect(checks).toContainText('DECISION-LINE-MISMATCH');
  await checks.getByRole('button', { name: 'Update the decision lines' }).click();
  await expect(checks).not.toContainText('DECISION-LINE-MISMATCH');
  await expect(checks).not.toContainText('cannot be approved');
  const preview = page.getByRole('document', { name: 'Letter preview' });
  await expect(preview).toContainText('21 004 512 Northbridge CouncilUpheld: fault causing injustice');
  await expect(preview).toContainText('detained under section 37/41 of the Mental Health Act 1983');
  await page.getByRole('button', { name: 'Approve final…' }).click();
  await page.getByRole('dialog', { name: 'Approve this letter?' }).getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByText('Letter approved')).toBeVisible();
  expect(services.letters.get(caseId, 'L1').status).toBe('approved');
});
