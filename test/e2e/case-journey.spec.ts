// The investigation as a caseworker runs it, from a case file: import it through the menu, look
// at the timeline, judge the duties (accept one flag, dismiss another), reload and find both
// decisions kept and in the history, then export the case file and import it back as a new case.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { buildChronologyCase } from '../fixtures/builders/chronology-case';
import type { CaseFile } from '../../shared/casefile/schema';

const flag = (page: Page, name: string) => page.getByRole('group', { name: new RegExp(`^Flag ${name}`) });

test('import a 40-event case file, see its timeline, judge its duties, and hand it on', async ({
  app: page,
  workspace,
}) => {
  test.setTimeout(120_000);
  const folder = mkdtempSync(join(tmpdir(), 's117-journey-'));
  const { path } = await buildChronologyCase(folder);

  workspace.host.answers.open.push([path]);
  await page.getByRole('button', { name: 'Import…' }).click();
  await page.getByRole('menuitem', { name: /Import case file/ }).click();
  await expect(page.getByRole('heading', { level: 2 })).toContainText('Charged for S117 aftercare after discharge');
  const caseId = workspace.services.cases.list({})[0]!.id;
  expect(workspace.services.evidence.list(caseId)).toHaveLength(3);

  // The chronology: every event, and a timeline with a swimlane per organisation.
  await page.getByRole('tab', { name: 'Chronology' }).click();
  await expect(page.getByText('40 events', { exact: true })).toBeVisible();
  await expect(page.getByText('Detained under section 3 after a psychotic episode')).toBeVisible();
  await page.getByText('Timeline', { exact: true }).click();
  // A swimlane for each of the three organisations (and one for the complaint to the Ombudsmen, which has none).
  for (const org of ['Anytown Borough Council', 'NHS Anytown ICB', 'Anytown Mental Health NHS Trust'])
    await expect(page.getByTestId('timeline-lane').and(page.getByLabel(org, { exact: true }))).toHaveCount(1);
  await expect(page.getByTestId('timeline-lane')).toHaveCount(4);
  await expect(page.getByTestId('timeline-span').and(page.locator('[data-type="detention"]'))).toHaveCount(1);
  await expect(page.getByTestId('timeline-span').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/journey-timeline.png', fullPage: true });

  // From evidence to event: select words on page 2 of the care plan, add them to the chronology.
  await page.goto(page.url().replace(/#.*$/, `#/cases/${caseId}/evidence/d1?page=2`));
  const selected = page.locator('.textLayer span', { hasText: 'Discharge planning meeting held on 20 February 2019' });
  await expect(selected.first()).toBeVisible();
  await selected.first().evaluate((span) => {
    const range = document.createRange();
    range.selectNodeContents(span);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  });
  await page.getByRole('button', { name: 'Add to chronology' }).click();
  const form = page.getByRole('dialog', { name: 'Add event' });
  await expect(form.getByRole('textbox', { name: 'Date', exact: true })).toHaveValue('20/02/2019');
  await form.getByRole('textbox', { name: 'Type', exact: true }).fill('Needs ass');
  await page.getByRole('option', { name: 'Needs assessment' }).click();
  await form.getByLabel('Description').fill('Needs discussed at the discharge planning meeting');
  await form.getByRole('button', { name: 'Add to chronology' }).click();
  await expect(form).toHaveCount(0);
  const added = workspace.services.chronology.list(caseId).find((e) => e.type === 'needs_assessment')!;
  expect(added.citations).toEqual([
    expect.objectContaining({ evidence: 'd1', page: 2, quote: expect.stringContaining('Discharge planning meeting') }),
  ]);
  await page.getByText('Table', { exact: true }).click();
  const addedRow = page
    .getByTestId('event-row')
    .filter({ hasText: 'Needs discussed at the discharge planning meeting' });
  await expect(addedRow).toContainText('CPA care plan, p. 2');
  await page.getByText('Timeline', { exact: true }).click();
  await expect(page.getByTestId('timeline-marker').and(page.getByLabel(/Needs assessment/))).toHaveCount(1);

  // The chronology as a table document, with citations as "CPA care plan, p. 2".
  const chronologyPdf = join(folder, 'chronology.pdf');
  workspace.host.answers.save.push(chronologyPdf);
  await page.getByRole('button', { name: 'Export chronology…' }).click();
  await page.getByRole('menuitem', { name: 'As PDF…', exact: true }).click();
  await expect(page.getByText(`Saved to ${chronologyPdf}`)).toBeVisible();
  const text = execFileSync('pdftotext', [chronologyPdf, '-']).toString().replace(/\s+/g, ' ');
  expect(text).toContain('41 events from 10 January 2019');
  expect(text).toMatch(/Needs discussed at the discharge planning meeting/);
  expect(text).toMatch(/CPA care plan, p\. 2/);

  // The duties: accept one flag as a finding, dismiss another with a reason.
  await page.getByRole('tab', { name: 'Duties' }).click();
  const late = flag(page, 'FIRST-REVIEW-LATE');
  await late.getByRole('button', { name: 'Accept as finding…' }).first().click();
  const accept = page.getByRole('dialog', { name: 'Accept as a finding' });
  await accept.getByRole('textbox', { name: 'Organisation at fault' }).click();
  await page.getByRole('option', { name: 'Anytown Borough Council' }).click();
  // The injustice is asked for, not assumed: saving without choosing says so.
  await accept.getByRole('button', { name: 'Save finding' }).click();
  await expect(accept.getByText('Choose the injustice this caused, or “None” if it caused none')).toBeVisible();
  await accept.getByRole('textbox', { name: 'Injustice' }).click();
  await page.getByRole('option', { name: 'Distress' }).click();
  await page.keyboard.press('Escape');
  await accept.getByRole('button', { name: 'Save finding' }).click();
  await expect(accept).toHaveCount(0);

  // The event just added answers the needs-assessment duty; no co-ordinator is recorded at all.
  await expect(flag(page, 'NEEDS-NOT-ASSESSED-BEFORE-DISCHARGE')).toHaveCount(0);
  await flag(page, 'NO-CARE-COORDINATOR').getByRole('button', { name: 'Dismiss…' }).first().click();
  const dismiss = page.getByRole('dialog', { name: 'Dismiss this flag?' });
  await dismiss.getByLabel('Reason for dismissing').fill('The ward notes name a care co-ordinator');
  await dismiss.getByRole('button', { name: 'Dismiss flag' }).click();
  await expect(dismiss).toHaveCount(0);

  await page.reload();
  await expect(late.getByText(/Accepted as finding f1/).first()).toBeVisible();
  await expect(page.getByText('The ward notes name a care co-ordinator')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/journey-duties.png', fullPage: true });
  await page.getByRole('tab', { name: 'History' }).click();
  const history = page.getByLabel('Case history');
  await expect(history).toContainText(/Accepted FIRST-REVIEW-LATE \(.*\) as a finding against Anytown Borough Council/);
  await expect(history).toContainText('because The ward notes name a care co-ordinator');
  await expect(history).toContainText('Imported the case file chronology-case.s117.json: 40 events, 3 evidence items');

  // Hand it on: export the case file and import it back as a new case with the same record.
  const out = join(folder, 'out', 'handover.s117.json');
  workspace.host.answers.save.push(out);
  await page.getByRole('button', { name: 'Export…' }).click();
  await page.getByRole('menuitem', { name: /Export case file/ }).click();
  await expect(page.getByText(`Saved to ${out}`)).toBeVisible();
  const exported = JSON.parse(readFileSync(out, 'utf8')) as CaseFile;
  expect(exported.events).toHaveLength(41);
  expect(exported.events.find((e) => e.type === 'needs_assessment')?.citations?.[0]).toMatchObject({
    evidence: 'd1',
    page: 2,
  });
  expect(exported.findings).toHaveLength(1);
  expect(exported.dismissals).toHaveLength(1);

  // The same case again: asked whether to import it as a new case, and yes.
  await page.getByRole('link', { name: 'Cases' }).click();
  workspace.host.answers.open.push([out]);
  workspace.host.answers.confirm.push(true);
  await page.getByRole('button', { name: 'Import…' }).click();
  await page.getByRole('menuitem', { name: /Import case file/ }).click();
  await expect(page.getByRole('heading', { level: 2 })).toContainText('Charged for S117 aftercare after discharge');
  expect(workspace.host.asked).toEqual([
    expect.stringMatching(/is already in this workspace\. Import it again as a new case/),
  ]);
  const ids = workspace.services.cases.list({}).map((c) => c.id);
  expect(ids).toHaveLength(2);
  const [a, b] = ids.map((id) => workspace.services.caseFiles.read(id));
  expect(b!.events).toEqual(a!.events);
  expect(b!.evidence).toEqual(a!.evidence);
  expect(b!.findings).toEqual(a!.findings);
  expect(b!.dismissals).toEqual(a!.dismissals);
  rmSync(folder, { recursive: true, force: true });
});
