// Remedies as an investigator works them out: two payments the mother made (one regular) and a
// housing-benefit offset, the loss split 50/50 between council and ICB, a £1,000 distress payment
// from the trust; the totals, the picture and the words follow; a reload keeps them; an agreed
// action is marked done with its evidence; the home screen lists what is due soon or overdue.
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import type { HarnessWorkspace } from '../harness/browser-harness';
import { addCalendarDays } from '../../shared/calendar/date-arithmetic';
import { todayInLondon } from '../../shared/dates/calendar-date';

const ORGS = [
  { kind: 'council' as const, name: 'Anytown Borough Council' },
  { kind: 'icb' as const, name: 'NHS Anytown ICB' },
  { kind: 'trust' as const, name: 'Anytown Mental Health NHS Trust' },
];

function seedCase(workspace: HarnessWorkspace, title: string, reference: string, finalDecisionDate: string): string {
  const { services } = workspace;
  const created = services.cases.create({
    reference,
    title,
    received: '2021-03-04',
    stage: 'final_decision',
    nation: 'england',
    asAt: '2022-01-15',
    finalDecisionDate,
    people: [
      { role: 'aggrieved', title: 'Ms', name: 'Sarah Jones', label: 'Ms X' },
      { role: 'complainant', title: 'Mrs', name: 'Anne Jones', label: 'Mrs Y', relationship: 'mother' },
    ],
    organisations: ORGS,
  });
  services.chronology.create(created.id, { date: '2019-01-10', type: 'detention', section: '3', org: 'trust' });
  services.chronology.create(created.id, { date: '2019-03-01', type: 'discharge', org: 'trust' });
  return created.id;
}

async function choose(page: Page, scope: ReturnType<Page['getByRole']>, field: string, option: string) {
  await scope.getByRole('textbox', { name: field }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('payments, an offset, a 50/50 split and a distress payment give the totals, the picture and the words', async ({
  app: page,
  workspace,
}) => {
  const today = todayInLondon();
  // Deadlines count from a final decision 30 days ago: the apology (28 days) is overdue, the
  // payment (40 days) due within 14 days, the policy review (90 days) not yet.
  const caseId = seedCase(
    workspace,
    'Charged for aftercare after section 3',
    '19 016 759',
    addCalendarDays(today, -30),
  );
  const remedies = workspace.services.remedies;
  remedies.saveAction(caseId, { kind: 'apology', by: ['council', 'icb'], withinDays: 28 });
  remedies.saveAction(caseId, { kind: 'payment', by: ['council', 'icb', 'trust'], withinDays: 40 });
  remedies.saveAction(caseId, {
    kind: 'service_improvement',
    by: ['council'],
    text: 'Review the section 117 aftercare policy',
    withinDays: 90,
  });
  const other = seedCase(workspace, 'Delay in reassessing aftercare needs', '18 012 800', addCalendarDays(today, -60));
  remedies.saveAction(other, {
    kind: 'reassessment',
    by: ['council'],
    text: 'Reassess the aftercare needs under section 117',
    withinWorkingDays: 20,
  });

  await page.goto(page.url().replace(/#.*$/, `#/cases/${caseId}/remedies`));
  await expect(page.getByRole('tab', { name: 'Remedies' })).toHaveAttribute('aria-selected', 'true');

  // A one-off payment: £1,288.00 on 1 April 2019 for a private support worker.
  await page.getByRole('button', { name: 'Add payment' }).click();
  let dialog = page.getByRole('dialog', { name: 'Add a payment' });
  await dialog.getByLabel('Date paid').fill('2019-04-01');
  await dialog.getByLabel('Amount').fill('£1,288');
  await choose(page, dialog, 'Paid by', 'Mrs Anne Jones');
  await dialog.getByLabel('What it paid for').fill('private support worker');
  await dialog.getByRole('button', { name: 'Save payment' }).click();
  await expect(dialog).toBeHidden();

  // A regular payment: £256.00 every week from Monday 6 May to Monday 29 July 2019.
  await page.getByRole('button', { name: 'Add payment' }).click();
  dialog = page.getByRole('dialog', { name: 'Add a payment' });
  await dialog.getByText('Regular payments').click();
  await dialog.getByLabel('First payment').fill('2019-05-06');
  await dialog.getByLabel('Until').fill('2019-07-29');
  await choose(page, dialog, 'Every', 'Week');
  await dialog.getByLabel('Amount each time').fill('256');
  await choose(page, dialog, 'Paid by', 'Mrs Anne Jones');
  await dialog.getByLabel('What it paid for').fill('care home top-up');
  await dialog.getByLabel('What it paid for').press('Enter');
  await expect(dialog).toBeHidden();
  const payments = page.getByRole('table', { name: 'Payments' });
  await expect(payments).toContainText('£1,288.00');
  await expect(payments).toContainText('£256.00 a week');

  // Housing benefit of £400.00 met part of the support worker's bill.
  await page.getByRole('button', { name: 'Add offset' }).click();
  dialog = page.getByRole('dialog', { name: 'Add an offset' });
  await dialog.getByLabel('Amount').fill('400');
  await dialog.getByRole('textbox', { name: 'Against payments' }).click({ force: true }); // the pills wrapper takes the click
  await page.getByRole('option', { name: /^m1: private support worker/ }).click();
  await dialog.getByRole('textbox', { name: 'Against payments' }).press('Tab'); // closes the list of payments
  await dialog.getByRole('button', { name: 'Save offset' }).click();
  await expect(dialog).toBeHidden();

  // By hand: £1,288.00 + 13 weekly payments of £256.00 (6 May … 29 July) = £1,288.00 + £3,328.00
  // = £4,616.00 gross, less £400.00 housing benefit = £4,216.00 net; no interest was chosen.
  // Until it is split, that shows as guidance, not an error.
  await expect(page.getByRole('status').filter({ hasText: 'Split the financial loss' })).toContainText('£4,216.00');

  // A second offset entered by mistake: edited, then deleted after confirming, and the net loss
  // follows each step.
  const loss = page.getByRole('status').filter({ hasText: 'Split the financial loss' });
  await page.getByRole('button', { name: 'Add offset' }).click();
  dialog = page.getByRole('dialog', { name: 'Add an offset' });
  await dialog.getByLabel('Amount').fill('50');
  await dialog.getByRole('textbox', { name: 'Against payments' }).click({ force: true });
  await page.getByRole('option', { name: /^m1: private support worker/ }).click();
  await dialog.getByRole('textbox', { name: 'Against payments' }).press('Tab');
  await dialog.getByRole('button', { name: 'Save offset' }).click();
  await expect(loss).toContainText('£4,166.00');
  const offsets = page.getByRole('table', { name: 'Offsets' });
  await offsets.getByRole('row', { name: /^o2/ }).getByRole('button', { name: 'Edit' }).click();
  dialog = page.getByRole('dialog', { name: 'Edit offset o2' });
  await dialog.getByLabel('Amount').fill('60');
  await dialog.getByRole('button', { name: 'Save offset' }).click();
  await expect(loss).toContainText('£4,156.00');
  await offsets.getByRole('button', { name: 'Delete offset o2' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete offset o2?' });
  await expect(confirm).toContainText('the offset o2 (£60.00');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(offsets.getByRole('row', { name: /^o2/ })).toHaveCount(0);
  await expect(loss).toContainText('£4,216.00');
  const calculation = page.getByRole('table', { name: 'Financial loss calculation' });
  await expect(calculation.getByRole('row', { name: /^Totals/ })).toContainText('£4,616.00£400.00£4,216.00');
  await expect(page.getByRole('img', { name: 'Who pays what to whom' })).toContainText('Not yet apportioned');
  await page
    .getByRole('img', { name: 'Who pays what to whom' })
    .screenshot({ path: 'test-results/screens/remedies-unapportioned.png' });

  // Apportionment 50/50 between council and ICB; a sum other than 100 says so beside the fields.
  const shares = page.getByRole('group', { name: 'Apportionment' });
  await page.getByRole('button', { name: 'Add a body' }).click();
  await page.getByRole('button', { name: 'Add a body' }).click();
  await choose(page, shares.getByRole('group', { name: 'Share 1' }), 'Organisation', 'Anytown Borough Council');
  await shares.getByRole('group', { name: 'Share 1' }).getByRole('textbox', { name: 'Percent' }).fill('50');
  await choose(page, shares.getByRole('group', { name: 'Share 2' }), 'Organisation', 'NHS Anytown ICB');
  await shares.getByRole('group', { name: 'Share 2' }).getByRole('textbox', { name: 'Percent' }).fill('40');
  await expect(shares).toContainText('The percentages add up to 90%; they must add up to 100%.');
  await shares.getByRole('group', { name: 'Share 2' }).getByRole('textbox', { name: 'Percent' }).fill('50');
  await expect(shares).toContainText('Adds up to 100%.');
  await page.getByRole('button', { name: 'Save interest and apportionment' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Split the financial loss' })).toBeHidden();

  // £1,000 for distress from the trust to Ms Jones, with the reference points beside the amount.
  await page.getByRole('button', { name: 'Add symbolic payment' }).click();
  dialog = page.getByRole('dialog', { name: 'Add a symbolic payment' });
  await expect(dialog.getByLabel('Reference points')).toContainText('£1,000.00');
  await expect(dialog.getByLabel('Reference points')).toContainText('not a tariff');
  await choose(page, dialog, 'Paid by', 'Anytown Mental Health NHS Trust');
  await choose(page, dialog, 'Paid to', 'Ms Sarah Jones');
  await dialog.getByLabel('Amount').fill('1,000');
  await dialog.getByLabel('Reason').fill('the distress of going without the aftercare she was owed');
  await page.screenshot({ path: 'test-results/screens/remedies-symbolic.png' });
  await dialog.getByRole('button', { name: 'Save payment' }).click();
  await expect(dialog).toBeHidden();

  // By hand: £4,216.00 split 50/50 is £2,108.00 each for council and ICB; the trust pays £1,000.00.
  // Mrs Jones made the payments and receives the £4,216.00 refund; Ms Jones receives £1,000.00.
  // In all £5,216.00.
  const expectTotals = async () => {
    const pays = page.getByRole('table', { name: 'Pays (by organisation)' });
    await expect(pays.getByRole('row', { name: /Anytown Borough Council/ })).toContainText('£2,108.00');
    await expect(pays.getByRole('row', { name: /NHS Anytown ICB/ })).toContainText('£2,108.00');
    await expect(pays.getByRole('row', { name: /Anytown Mental Health NHS Trust/ })).toContainText('£1,000.00');
    await expect(pays.getByRole('row', { name: /^Total/ })).toContainText('£5,216.00');
    const receives = page.getByRole('table', { name: 'Receives (by person)' });
    await expect(receives.getByRole('row', { name: /Mrs Anne Jones/ })).toContainText('£4,216.00');
    await expect(receives.getByRole('row', { name: /Ms Sarah Jones/ })).toContainText('£1,000.00');
    await expect(page.getByLabel('Remedy total')).toHaveText('Total £5,216.00');
    const chart = page.getByRole('img', { name: 'Who pays what to whom' });
    await expect(chart).toContainText('Refund of fees £4,216.00');
    await expect(chart).toContainText('pays £2,108.00');
    await expect(chart).toContainText('£1,000.00 distress');
    await expect(chart).toContainText('receives £4,216.00');
    await expect(page.getByRole('list', { name: 'Remedy in words' })).toContainText(
      'Anytown Mental Health NHS Trust to pay Ms Sarah Jones £1,000.00 to recognise the distress caused',
    );
  };
  await expectTotals();
  await page.reload();
  await expectTotals();

  // The actions, with deadlines as dates; "mark done" needs a note of the evidence.
  const actions = page.getByRole('table', { name: 'Agreed actions' });
  const apology = actions.getByRole('row', { name: /^Apology/ });
  await expect(apology).toContainText('Overdue');
  await expect(apology).toContainText(/by \d{1,2} \w+ \d{4}/);
  await expect(actions.getByRole('row', { name: /^Payment/ })).toContainText('Due soon');
  await page.screenshot({ path: 'test-results/screens/remedies.png', fullPage: true });

  await apology.getByRole('button', { name: 'Mark done' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Mark done' }).click();
  await expect(dialog).toContainText('Say what shows it was done');
  await dialog.getByLabel('Evidence it was done').fill('Joint letter of apology from both directors');
  await dialog.getByRole('button', { name: 'Mark done' }).click();
  await expect(dialog).toBeHidden();
  await expect(apology).toContainText('Done');
  await expect(apology).toContainText('Joint letter of apology from both directors');

  await page.getByRole('tab', { name: 'History' }).click();
  const history = page.getByLabel('Case history');
  await expect(history).toContainText(
    'Added a distress payment of £1,000.00 from Anytown Mental Health NHS Trust to Ms Sarah Jones',
  );
  await expect(history).toContainText('Added an offset of £400.00 housing benefit against m1 (private support worker)');

  // Home: what is due soon or overdue across both cases (the apology is done, so it is gone).
  await page.getByRole('link', { name: 'Cases', exact: true }).click();
  const due = page.getByRole('table', { name: 'Actions due soon or overdue' });
  await expect(due.getByRole('row')).toHaveCount(3);
  await expect(due.getByRole('row', { name: /Delay in reassessing/ })).toContainText('Overdue');
  await expect(due.getByRole('row', { name: /Charged for aftercare/ })).toContainText('Due soon');
  await expect(due).not.toContainText('Apology');
  await page.screenshot({ path: 'test-results/screens/compliance.png', fullPage: true });

  // The Compliance page lists every action on asking for all, the done apology with its evidence.
  await page.getByRole('link', { name: 'All agreed actions' }).click();
  await page.getByText('All actions', { exact: true }).click();
  const all = page.getByRole('table', { name: 'Agreed actions across cases' });
  await expect(all.getByRole('row')).toHaveCount(5);
  await expect(all.getByRole('row', { name: /Apology/ })).toContainText('Joint letter of apology from both directors');
  await expect(all.getByRole('row', { name: /Apology/ })).toContainText('Done');
  await page.getByRole('link', { name: 'Cases', exact: true }).click();

  await due.getByRole('row', { name: /Delay in reassessing/ }).click();
  await expect(page.getByRole('heading', { name: 'Delay in reassessing aftercare needs' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Agreed actions' })).toContainText('Reassess the aftercare needs');
});

test('text typed into a payment but not saved comes back after a reload', async ({ app: page, workspace }) => {
  const caseId = seedCase(workspace, 'Charged for aftercare', '19 016 759', '2022-01-01');
  await page.goto(page.url().replace(/#.*$/, `#/cases/${caseId}/remedies`));
  await page.getByRole('button', { name: 'Add payment' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a payment' });
  await dialog.getByLabel('What it paid for').fill('respite care half-typed');
  await page.waitForTimeout(600); // the journal writes a quarter of a second after typing stops
  await page.reload();
  await page.getByRole('button', { name: 'Add payment' }).click();
  await expect(page.getByRole('dialog', { name: 'Add a payment' }).getByLabel('What it paid for')).toHaveValue(
    'respite care half-typed',
  );
  await expect(page.getByRole('dialog', { name: 'Add a payment' })).toContainText('Restored unsaved changes');
});
