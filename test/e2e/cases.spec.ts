// Cases as an investigator uses them: create with people and organisations, find it again
// after a reload, edit it and read the history, and lose nothing typed to a reload.
import { databaseForTests } from '../../electron/services';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

async function fillPerson(page: Page, index: number, p: { role?: string; title: string; name: string; label: string }) {
  const row = page.getByRole('group', { name: `Person ${index}` });
  if (p.role) {
    await row.getByRole('textbox', { name: 'Role' }).click();
    await page.getByRole('option', { name: p.role }).click();
  }
  await row.getByLabel('Title').fill(p.title);
  await row.getByLabel('Name').fill(p.name);
  await row.getByLabel('Anonymised as').fill(p.label);
}

async function fillOrganisation(page: Page, index: number, kind: string, name: string) {
  const row = page.getByRole('group', { name: `Organisation ${index}` });
  await row.getByRole('textbox', { name: 'Kind' }).click();
  await page.getByRole('option', { name: kind }).click();
  await row.getByLabel('Name').fill(name);
}

test('create a case with two people and two organisations, reload, edit, and read the history', async ({
  app: page,
}) => {
  await page.getByRole('link', { name: 'New case', exact: true }).first().click();
  await page.getByLabel('Case title').fill('Charged for aftercare after section 3');
  await page.getByLabel('Reference').fill('19 016 759');
  await page.getByLabel('Date received').fill('2021-03-04');
  await fillPerson(page, 1, { title: 'Ms', name: 'Sarah Jones', label: 'Ms X' });
  await page.getByRole('button', { name: 'Add person' }).click();
  await fillPerson(page, 2, { role: 'Complainant', title: 'Mrs', name: 'Anne Jones', label: 'Mrs Y' });
  await page.getByRole('button', { name: 'Add organisation' }).click();
  await fillOrganisation(page, 1, 'Council', 'Anytown Borough Council');
  await page.getByRole('button', { name: 'Add organisation' }).click();
  await fillOrganisation(page, 2, 'Integrated care board (ICB)', 'NHS Anytown ICB');
  await page.getByRole('button', { name: 'Create case' }).click();

  await expect(page.getByRole('heading', { name: 'Charged for aftercare after section 3' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Charged for aftercare after section 3' })).toBeVisible();
  const people = page.getByRole('table', { name: 'People' });
  await expect(people).toContainText('Ms Sarah Jones');
  await expect(people).toContainText('Mrs Anne Jones');
  const orgs = page.getByRole('table', { name: 'Organisations' });
  await expect(orgs).toContainText('Anytown Borough Council');
  await expect(orgs).toContainText('NHS Anytown ICB');

  await page.getByRole('link', { name: 'Cases' }).click();
  await page.getByLabel('Search').fill('19016759');
  await expect(page.getByRole('table', { name: 'Cases' })).toContainText('Charged for aftercare after section 3');
  await page.getByRole('table', { name: 'Cases' }).getByText('Charged for aftercare after section 3').click();

  await page.getByRole('link', { name: 'Edit case' }).click();
  await page.getByLabel('Case title').fill('Charged for S117 aftercare');
  await page.getByRole('textbox', { name: 'Stage' }).click();
  await page.getByRole('option', { name: 'Draft decision' }).click();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { name: 'Charged for S117 aftercare' })).toBeVisible();

  await page.getByRole('tab', { name: 'History' }).click();
  const history = page.getByLabel('Case history');
  await expect(history).toContainText('Created the case “Charged for aftercare after section 3”');
  await expect(history).toContainText('Edited the case');
  await expect(history).toContainText('title “Charged for aftercare after section 3” → “Charged for S117 aftercare”');
  await expect(history).toContainText('stage Assessment → Draft decision');
  await expect(history).toContainText('by Jo Investigator');
  await page.screenshot({ path: 'test-results/screens/case-history.png' });
});

test('text typed but not saved survives a reload, with a notice and a way to discard it', async ({
  app: page,
  workspace,
}) => {
  await page.getByRole('link', { name: 'New case', exact: true }).first().click();
  await page.getByLabel('Case title').fill('Half-written case title');
  await page.getByRole('group', { name: 'Person 1' }).getByLabel('Name').fill('Priya Patel');
  await page.waitForTimeout(600); // the journal writes a quarter of a second after typing stops
  await page.reload();
  await expect(page.getByText('Restored unsaved changes')).toBeVisible();
  await expect(page.getByLabel('Case title')).toHaveValue('Half-written case title');
  await expect(page.getByRole('group', { name: 'Person 1' }).getByLabel('Name')).toHaveValue('Priya Patel');
  await page.screenshot({ path: 'test-results/screens/restored-draft.png' });
  expect(workspace.services.cases.list({})).toHaveLength(0);

  await page.getByRole('button', { name: 'Discard unsaved changes' }).click();
  await expect(page.getByLabel('Case title')).toHaveValue('');
  await page.reload();
  await expect(page.getByLabel('Case title')).toHaveValue('');
  await expect(page.getByText('Restored unsaved changes')).toHaveCount(0);
});

test('an empty title gets an inline message and nothing is written', async ({ app: page, workspace }) => {
  await page.getByRole('link', { name: 'New case', exact: true }).first().click();
  await page.getByRole('group', { name: 'Person 1' }).getByLabel('Name').fill('Sarah Jones');
  await page.getByRole('button', { name: 'Create case' }).click();
  await expect(page.getByText('Enter a title for the case')).toBeVisible();
  await expect(page.getByLabel('Case title')).toHaveAttribute('aria-invalid', 'true');
  expect(workspace.services.cases.list({})).toHaveLength(0);
  const audit = databaseForTests(workspace.services).prepare('SELECT count(*) FROM audit_log').pluck().get();
  expect(audit).toBe(0);
});

test('deleting a case asks first', async ({ app: page, workspace }) => {
  workspace.services.cases.create({
    title: 'To be deleted',
    received: '2022-01-01',
    stage: 'assessment',
    nation: 'england',
    people: [],
    organisations: [],
  });
  await page.reload();
  await page.getByRole('table', { name: 'Cases' }).getByText('To be deleted').click();
  await page.getByRole('button', { name: 'Delete case' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete this case?' });
  await expect(confirm).toContainText('“To be deleted” and everything recorded in it will be deleted for good');
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.screenshot({ path: 'test-results/screens/delete-case-confirm.png', animations: 'disabled' });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toHaveCount(0);
  expect(workspace.services.cases.list({})).toHaveLength(1);
  await page.getByRole('button', { name: 'Delete case' }).click();
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByText('No cases yet')).toBeVisible();
  expect(workspace.services.cases.list({})).toHaveLength(0);
});
