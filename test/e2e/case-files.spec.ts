// Case files through the UI: Import… picks a .s117.json (the dialog is scripted), the case opens;
// Export… writes it back out; a bad file is refused with its JSON path and imports nothing.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test, expect } from './fixtures';

const SARAH = resolve('test/fixtures/cases/sarah-19016759.s117.json');

test('import a case file, export it, and import the export as a new case', async ({ app: page, workspace }) => {
  workspace.host.answers.open.push([SARAH]);
  await page.getByRole('button', { name: 'Import…' }).click();
  await page.getByRole('menuitem', { name: /Import case file/ }).click();
  await expect(page.getByRole('heading', { level: 2 })).toContainText('Aftercare after detention under section 3');
  await expect(page.getByText('Case imported')).toBeVisible();

  const out = join(workspace.dataDir, 'export', 'sarah.s117.json');
  workspace.host.answers.save.push(out);
  await page.getByRole('button', { name: 'Export…' }).click();
  await page.getByRole('menuitem', { name: /Export case file/ }).click();
  await expect(page.getByText(`Saved to ${out}`)).toBeVisible();
  expect(existsSync(out)).toBe(true);
  const exported = JSON.parse(readFileSync(out, 'utf8')) as { events: unknown[] };
  const original = JSON.parse(readFileSync(SARAH, 'utf8')) as { events: unknown[] };
  expect(exported.events).toHaveLength(original.events.length);

  // The same case again: the app asks first; declined, nothing is imported.
  await page.getByRole('link', { name: 'Cases' }).click();
  workspace.host.answers.open.push([out]);
  workspace.host.answers.confirm.push(false);
  await page.getByRole('button', { name: 'Import…' }).click();
  await page.getByRole('menuitem', { name: /Import case file/ }).click();
  await expect.poll(() => workspace.host.asked.length).toBe(1);
  expect(workspace.host.asked[0]).toMatch(
    /the case 19 016 759 .* is already in this workspace\. Import it again as a new case/,
  );
  expect(workspace.services.cases.list({})).toHaveLength(1);

  // Asked again and accepted: a second case.
  workspace.host.answers.open.push([out]);
  workspace.host.answers.confirm.push(true);
  await page.getByRole('button', { name: 'Import…' }).click();
  await page.getByRole('menuitem', { name: /Import case file/ }).click();
  await expect(page.getByText('Case imported')).toHaveCount(2);
  expect(workspace.host.asked).toHaveLength(2);
  await page.getByRole('link', { name: 'Cases' }).click();
  await expect(page.getByRole('table', { name: 'Cases' }).getByRole('row')).toHaveCount(3);
  expect(workspace.services.cases.list({})).toHaveLength(2);
});

test('a case file with a bad date is refused with its JSON path, and nothing is imported', async ({
  app: page,
  workspace,
}) => {
  const data = JSON.parse(readFileSync(SARAH, 'utf8')) as { events: Array<{ date: string }> };
  data.events[2]!.date = '2019-13-45';
  const bad = join(workspace.dataDir, 'bad.s117.json');
  writeFileSync(bad, JSON.stringify(data));
  workspace.host.answers.open.push([bad]);
  await page.getByRole('button', { name: 'Import…' }).click();
  await page.getByRole('menuitem', { name: /Import case file/ }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Nothing was imported' });
  await expect(alert).toContainText('bad.s117.json: events[2].date: not a date');
  await page.screenshot({ path: 'test-results/screens/import-refused.png' });
  expect(workspace.services.cases.list({})).toHaveLength(0);
});
