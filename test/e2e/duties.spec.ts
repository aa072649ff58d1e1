// The duties panel and findings as an investigator uses them: a section 3 detention with a
// discharge and nothing after (no care plan, no review); accept one flag as a finding in the
// investigator's words, dismiss another with a reason, reload, and find both decisions kept, in
// the history, and the finding under its organisation on the Findings tab.
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import type { HarnessWorkspace } from '../harness/browser-harness';

function seedCase(workspace: HarnessWorkspace): string {
  const { services } = workspace;
  const created = services.cases.create({
    reference: '19 016 759',
    title: 'Aftercare after section 3: no care plan, no review',
    received: '2020-02-20',
    stage: 'investigation',
    nation: 'england',
    asAt: '2019-12-01',
    people: [{ role: 'aggrieved', title: 'Ms', name: 'Sarah Jones', label: 'Ms X' }],
    organisations: [
      { kind: 'council', name: 'Anytown Borough Council' },
      { kind: 'icb', name: 'NHS Anytown ICB' },
      { kind: 'trust', name: 'Anytown Mental Health NHS Trust' },
    ],
  });
  services.chronology.create(created.id, {
    date: '2019-02-04',
    type: 'detention',
    section: '3',
    org: 'trust',
    residence: { council: 'council', gpCommissioner: 'icb', ordinaryResidenceCommissioner: 'icb' },
    text: 'Detained under section 3',
  });
  services.chronology.create(created.id, {
    date: '2019-04-15',
    type: 'discharge',
    org: 'trust',
    text: 'Discharged home without a care plan',
  });
  return created.id;
}

const flag = (page: Page, name: string) => page.getByRole('group', { name: new RegExp(`^Flag ${name}`) });

test('accept a flag as a finding, dismiss another, and both decisions are kept', async ({ app: page, workspace }) => {
  const caseId = seedCase(workspace);
  await page.goto(`${new URL(page.url()).origin}/index.html#/cases/${caseId}/duties`);
  await expect(page.getByRole('heading', { name: 'Duties as at 01/12/2019' })).toBeVisible();
  await expect(page.getByText('Anytown Borough Council').first()).toBeVisible();
  const reviews = page.getByRole('region', { name: /S117 reviewed within six weeks/ });
  await expect(reviews.getByText('Not met')).toBeVisible();

  // Accept FIRST-REVIEW-LATE as a finding against the ICB, in the investigator's own words.
  const late = flag(page, 'FIRST-REVIEW-LATE \\(27/05/2019\\)');
  await late.getByRole('button', { name: 'Accept as finding…' }).click();
  const accept = page.getByRole('dialog', { name: 'Accept as a finding' });
  await expect(accept.getByRole('textbox', { name: 'Fault', exact: true })).toHaveValue(
    /No S117 review is recorded within 6 weeks of discharge/,
  );
  await accept.getByRole('textbox', { name: 'Organisation at fault' }).click();
  await page.getByRole('option', { name: 'NHS Anytown ICB' }).click();
  await accept
    .getByRole('textbox', { name: 'Fault', exact: true })
    .fill('The ICB did not review Ms X’s aftercare within six weeks of discharge.');
  await accept.getByRole('textbox', { name: 'Injustice' }).click();
  await page.getByRole('option', { name: 'Distress' }).click();
  await page.keyboard.press('Escape');
  await accept.getByLabel('Causation').fill('Ms X went without support she needed.');
  await accept.getByRole('button', { name: 'Save finding' }).click();
  await expect(accept).toHaveCount(0);
  await expect(late.getByText('Accepted as finding f1')).toBeVisible();

  // Dismiss NO-CARE-COORDINATOR: a reason is required.
  const coordinator = flag(page, 'NO-CARE-COORDINATOR \\(15/04/2019\\)');
  await coordinator.getByRole('button', { name: 'Dismiss…' }).click();
  const dismiss = page.getByRole('dialog', { name: 'Dismiss this flag?' });
  await dismiss.getByRole('button', { name: 'Dismiss flag' }).click();
  await expect(dismiss.getByText('Give a reason for dismissing the flag')).toBeVisible();
  await dismiss.getByLabel('Reason for dismissing').fill('The Trust’s records show a care co-ordinator from March');
  await dismiss.getByRole('button', { name: 'Dismiss flag' }).click();
  await expect(dismiss).toHaveCount(0);

  await page.reload();
  await expect(late.getByText('Accepted as finding f1')).toBeVisible();
  const dismissed = flag(page, 'NO-CARE-COORDINATOR \\(15/04/2019\\), dismissed');
  await expect(dismissed).toContainText('by Jo Investigator');
  await expect(dismissed).toContainText('The Trust’s records show a care co-ordinator from March');
  await expect(dismissed.getByRole('button', { name: 'Restore flag' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/duties.png', fullPage: true });

  await page.getByRole('tab', { name: 'History' }).click();
  const history = page.getByLabel('Case history');
  await expect(history).toContainText('Accepted FIRST-REVIEW-LATE (27/05/2019) as a finding against NHS Anytown ICB');
  await expect(history).toContainText(
    'Dismissed NO-CARE-COORDINATOR (15/04/2019) because The Trust’s records show a care co-ordinator from March',
  );

  await page.getByRole('tab', { name: 'Findings' }).click();
  const icb = page.getByRole('region', { name: 'Findings against NHS Anytown ICB' });
  const finding = icb.getByRole('article', { name: 'Finding f1' });
  await expect(finding).toContainText('The ICB did not review Ms X’s aftercare within six weeks of discharge.');
  await expect(finding).toContainText('Distress');
  await expect(finding).toContainText('From FIRST-REVIEW-LATE');
  await expect(finding).toContainText('15/04/2019 Discharge from hospital');
  await page.screenshot({ path: 'test-results/screens/findings.png', fullPage: true });
  expect(workspace.services.findings.list(caseId)).toMatchObject([
    { id: 'f1', org: 'icb', rule: 'FIRST-REVIEW-LATE', injustice: ['distress'], events: ['e2'] },
  ]);

  // A dismissed flag can be restored, and that too is in the history.
  await page.getByRole('tab', { name: 'Duties' }).click();
  await dismissed.getByRole('button', { name: 'Restore flag' }).click();
  await expect(dismissed).toHaveCount(0);
  await expect(coordinator.getByRole('button', { name: 'Dismiss…' })).toBeVisible();
  await page.getByRole('tab', { name: 'History' }).click();
  await expect(history).toContainText('Restored NO-CARE-COORDINATOR (15/04/2019), which had been dismissed because');
});

test('findings by hand: add with no event, the checks on evidence, edit, delete after confirming', async ({
  app: page,
  workspace,
}) => {
  const caseId = seedCase(workspace);
  await page.goto(`${new URL(page.url()).origin}/index.html#/cases/${caseId}/findings`);
  await expect(page.getByText('No findings yet')).toBeVisible();
  await page.getByRole('button', { name: 'Add finding' }).click();
  const form = page.getByRole('dialog', { name: 'Add a finding' });
  await form.getByRole('button', { name: 'Add finding' }).click();
  await expect(form.getByText('Choose the organisation at fault')).toBeVisible();
  await expect(form.getByText('Describe the fault')).toBeVisible();
  await form.getByRole('textbox', { name: 'Organisation at fault' }).click();
  await page.getByRole('option', { name: 'Anytown Borough Council' }).click();
  await form
    .getByRole('textbox', { name: 'Fault', exact: true })
    .fill('The Council kept no record of Ms X’s entitlement.');
  await form.getByRole('button', { name: 'Add finding' }).click();
  await expect(form).toHaveCount(0);

  await page.getByText('Findings with no supporting event').click();
  await expect(page.getByRole('article', { name: 'Finding f1' })).toContainText('cites no event');
  await page.getByText('Events not linked to any finding').click();
  const unlinked = page.getByRole('table', { name: 'Events not linked to any finding' });
  await expect(unlinked).toContainText('04/02/2019 Detention');
  await expect(unlinked).toContainText('15/04/2019 Discharge from hospital');

  await page.getByText('By organisation').click();
  await page.getByRole('button', { name: 'Edit finding f1' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit finding f1' });
  await edit.getByRole('textbox', { name: 'Supporting events' }).click();
  await page.getByRole('option', { name: /15\/04\/2019 Discharge from hospital/ }).click();
  await page.keyboard.press('Escape');
  await edit.getByRole('button', { name: 'Save finding' }).click();
  await expect(edit).toHaveCount(0);
  await page.getByText('Events not linked to any finding').click();
  await expect(unlinked).not.toContainText('15/04/2019 Discharge from hospital');

  await page.getByText('By organisation').click();
  await page.getByRole('button', { name: 'Delete finding f1' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete finding f1?' });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toHaveCount(0);
  expect(workspace.services.findings.list(caseId)).toHaveLength(1);
  await page.getByRole('button', { name: 'Delete finding f1' }).click();
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByText('No findings yet')).toBeVisible();
  expect(workspace.services.findings.list(caseId)).toHaveLength(0);
});

test('a duty links to the chronology with its events highlighted', async ({ app: page, workspace }) => {
  const caseId = seedCase(workspace);
  await page.goto(`${new URL(page.url()).origin}/index.html#/cases/${caseId}/duties`);
  const planning = page.getByRole('region', { name: 'Aftercare planning starts at admission' });
  await planning.getByRole('link', { name: /Show in chronology/ }).click();
  await expect(page).toHaveURL(new RegExp(`#/cases/${caseId}/chronology\\?highlight=e2$`));
  await expect(page.getByText('1 highlighted from the link you followed')).toBeVisible();
});

test('a finding typed but not saved comes back after a reload', async ({ app: page, workspace }) => {
  const caseId = seedCase(workspace);
  await page.goto(`${new URL(page.url()).origin}/index.html#/cases/${caseId}/findings`);
  await page.getByRole('button', { name: 'Add finding' }).click();
  const form = page.getByRole('dialog', { name: 'Add a finding' });
  await form.getByRole('textbox', { name: 'Fault', exact: true }).fill('Half-written fault');
  await page.waitForTimeout(600); // the journal writes a quarter of a second after typing stops
  await page.reload();
  await page.getByRole('button', { name: 'Add finding' }).click();
  await expect(form.getByText('Restored unsaved changes')).toBeVisible();
  await expect(form.getByRole('textbox', { name: 'Fault', exact: true })).toHaveValue('Half-written fault');
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(form).toBeHidden();
  await page.getByRole('button', { name: 'Add finding' }).click();
  await expect(form.getByRole('textbox', { name: 'Fault', exact: true })).toHaveValue('');
  expect(workspace.services.findings.list(caseId)).toHaveLength(0);
});

test('the header shows both readings of Who Pays? (2020), and the duties follow the “as at” date', async ({
  app: page,
  workspace,
}) => {
  const { services } = workspace;
  const created = services.cases.create({
    title: 'Detained in September 2020',
    received: '2021-03-01',
    stage: 'investigation',
    nation: 'england',
    asAt: '2021-01-15',
    people: [],
    organisations: [
      { kind: 'council', name: 'Swindon Borough Council' },
      { kind: 'ccg', name: 'NHS Swindon CCG' },
      { kind: 'icb', name: 'NHS GP Practice ICB' },
    ],
  });
  services.chronology.create(created.id, {
    date: '2020-09-01',
    type: 'detention',
    section: '3',
    residence: { council: 'council', gpCommissioner: 'icb', ordinaryResidenceCommissioner: 'ccg' },
  });
  services.chronology.create(created.id, { date: '2020-10-01', type: 'discharge' });
  await page.goto(`${new URL(page.url()).origin}/index.html#/cases/${created.id}/duties`);
  await expect(page.getByText('under Who Pays? (2020)', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Alternative reading')).toContainText(
    'Alternative reading of Who Pays? (2020): NHS GP Practice ICB',
  );
  await expect(page.getByRole('group', { name: /^Flag FIRST-REVIEW-LATE/ })).toBeVisible();

  await page.getByLabel('As at').fill('2020-10-20');
  await expect(page.getByRole('heading', { name: 'Duties as at 20/10/2020' })).toBeVisible();
  await expect(page.getByRole('group', { name: /^Flag FIRST-REVIEW-LATE/ })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/duties-who-pays.png' });
  // Escape closes the date's calendar, which opens over the Reset button below the field.
  await page.getByLabel('As at').press('Escape');
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByRole('heading', { name: 'Duties as at 15/01/2021' })).toBeVisible();
});
