// The chronology as an investigator uses it: a seeded case of three organisations and about
// forty events (a section 3 detention, discharge two months later, then a long silence), read
// by year, filtered, added to through the form (a page past the end of the document is
// refused beside the field), reordered within a day, and seen on the timeline.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { test, expect } from './fixtures';
import type { HarnessWorkspace } from '../harness/browser-harness';
import type { CaseFileEvent } from '../../shared/casefile/schema';

const ORGS = [
  { id: 'trust', kind: 'trust' as const, name: 'Anytown Mental Health NHS Trust' },
  { id: 'council', kind: 'council' as const, name: 'Anytown Borough Council' },
  { id: 'icb', kind: 'icb' as const, name: 'NHS Anytown ICB' },
];

async function threePagePdf(dir: string): Promise<string> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let page = 1; page <= 3; page++)
    pdf
      .addPage([595, 842])
      .drawText(`Care plan page ${page}. Discharged home on 8 March 2019.`, { x: 50, y: 780, font, size: 12 });
  const file = join(dir, 'care-plan.pdf');
  writeFileSync(file, await pdf.save());
  return file;
}

/** The events to seed: the stay and its aftermath, a long gap, then the complaint years. */
function seedEvents(): Array<Record<string, unknown>> {
  const cite = (page: number) => ({ citations: [{ evidence: 'd1', page }] });
  const events: Array<Record<string, unknown>> = [
    { date: '2019-01-10', type: 'detention', section: '3', org: 'trust', text: 'Detained under section 3', ...cite(1) },
    { date: '2019-03-08', type: 'discharge', org: 'trust', text: 'Discharged home', ...cite(2) },
    { date: '2019-03-08', type: 'aftercare_planning', org: 'council', text: 'Planning meeting on the ward' },
    { date: '2019-03-20', type: 'care_plan_written', org: 'trust', text: 'Care plan written', ...cite(3) },
    { date: '2019-04-01', type: 'services_started', org: 'council', service: 'day centre' },
    // Then nothing for over a year: no review after discharge.
    { date: '2020-06-01', type: 'complaint_to_org', org: 'council', text: 'Mother complains about charges' },
  ];
  const types = ['charge_levied', 'org_response', 's117_review', 'cpa_review', 'deterioration', 'needs_assessment'];
  for (let i = 0; events.length < 40; i++) {
    const month = 7 + i;
    const date = `${2020 + Math.floor((month - 1) / 12)}-${String(((month - 1) % 12) + 1).padStart(2, '0')}-15`;
    const type = types[i % types.length]!;
    events.push({
      date,
      type,
      org: ORGS[i % 3]!.id,
      text: `Seeded ${type.replace(/_/g, ' ')} ${i + 1}`,
      ...(type === 'charge_levied' ? { amount: 2500, service: 'day centre' } : {}),
      ...(i % 4 === 0 ? cite((i % 3) + 1) : {}),
    });
  }
  return events;
}

async function seedCase(workspace: HarnessWorkspace) {
  const c = workspace.services.cases.create({
    title: 'Aftercare stopped after discharge',
    received: '2022-09-01',
    stage: 'investigation',
    nation: 'england',
    people: [{ role: 'aggrieved', name: 'Sarah Jones' }],
    organisations: ORGS,
  });
  const dir = mkdtempSync(join(tmpdir(), 's117-chron-e2e-'));
  try {
    const imported = await workspace.services.evidence.importFiles({ caseId: c.id, files: [await threePagePdf(dir)] });
    expect(imported.imported).toBe(1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const events = seedEvents().map((e) => workspace.services.chronology.create(c.id, e));
  return { caseId: c.id, events };
}

const yearsOf = (events: CaseFileEvent[]) => new Set(events.map((e) => e.date.slice(0, 4)));

test('read, filter, add to, reorder and see the chronology on a timeline', async ({ app: page, workspace }) => {
  const { caseId, events } = await seedCase(workspace);
  const evidenceTitle = workspace.services.evidence.list(caseId)[0]!.title;
  await page.goto(page.url().replace(/#.*$/, `#/cases/${caseId}`));
  await page.getByRole('tab', { name: 'Chronology' }).click();

  // Grouped by year, with the year headers first in each group.
  const table = page.getByRole('table', { name: 'Chronology' });
  await expect(page.getByText(`${events.length} events`, { exact: true })).toBeVisible();
  const yearRows = table.getByTestId('year-row');
  await expect(yearRows.first()).toContainText('2019');
  await expect(yearRows.first()).toContainText('5 events');
  const firstRow = table.getByTestId('event-row').first();
  await expect(firstRow).toContainText('10/01/2019');
  await expect(firstRow).toContainText('Detention');
  await expect(firstRow).toContainText(`${evidenceTitle}, p. 1`);
  // Scroll to the end: the last year is there too (the rows are virtualised).
  await page.getByTestId('chronology-scroll').evaluate((el) => (el.scrollTop = el.scrollHeight));
  const lastYear = [...yearsOf(events)].at(-1)!;
  await expect(table.getByTestId('year-row').filter({ hasText: lastYear })).toBeVisible();
  await page.getByTestId('chronology-scroll').evaluate((el) => (el.scrollTop = 0));
  await page.screenshot({ path: 'test-results/screens/chronology-table.png' });

  // Filter by organisation, then by "has no citation".
  await page.getByRole('textbox', { name: 'Organisation' }).click();
  await page.getByRole('option', { name: 'Anytown Borough Council' }).click();
  const council = events.filter((e) => e.org === 'council');
  await expect(page.getByText(`Showing ${council.length} of ${events.length} events`)).toBeVisible();
  await expect(table.getByTestId('event-row').first()).toContainText('Anytown Borough Council');
  await expect(table.getByTestId('event-row').filter({ hasText: 'Anytown Mental Health NHS Trust' })).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Has no citation' }).check();
  const councilUncited = council.filter((e) => !e.citations?.length);
  await expect(page.getByText(`Showing ${councilUncited.length} of ${events.length} events`)).toBeVisible();
  await expect(table.getByText(`${evidenceTitle}, p.`)).toHaveCount(0);
  await page.getByRole('textbox', { name: 'Organisation' }).click();
  await page.getByRole('option', { name: 'Anytown Borough Council' }).click(); // deselects
  const uncited = events.filter((e) => !e.citations?.length);
  await expect(page.getByText(`Showing ${uncited.length} of ${events.length} events`)).toBeVisible();
  await page.getByRole('checkbox', { name: 'Has no citation' }).uncheck();
  await expect(page.getByText(`${events.length} events`, { exact: true })).toBeVisible();

  // Add an event through the form: a page past the end is refused beside the page box.
  await page.getByRole('button', { name: 'Add event' }).click();
  const form = page.getByRole('dialog', { name: 'Add event' });
  await form.getByRole('textbox', { name: 'Date', exact: true }).fill('20/04/2019');
  await form.getByRole('textbox', { name: 'Type', exact: true }).fill('S117 rev');
  await page.getByRole('option', { name: 'S117 review' }).click();
  await form.getByRole('textbox', { name: 'Organisation' }).click();
  await page.getByRole('option', { name: 'Anytown Borough Council' }).click();
  await form.getByLabel('Description').fill('First S117 review, six weeks late');
  await form.getByRole('button', { name: 'Add citation' }).click();
  const citation = form.getByRole('group', { name: 'Citation 1' });
  await citation.getByRole('textbox', { name: 'Document' }).click();
  await page.getByRole('option', { name: `${evidenceTitle} (3 pages)` }).click();
  await citation.getByLabel('Page', { exact: true }).fill('7');
  await citation.getByLabel('Quote').fill('Review held with Ms X');
  await form.getByRole('button', { name: 'Add to chronology' }).click();
  await expect(citation.getByText('has 3 pages; there is no page 7')).toBeVisible();
  await expect(citation.getByLabel('Page', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: 'test-results/screens/chronology-form-error.png' });
  expect(workspace.services.chronology.list(caseId)).toHaveLength(events.length);
  await citation.getByLabel('Page', { exact: true }).fill('2');
  await page.keyboard.press('Control+s'); // saves from any field of the form
  await expect(form).toHaveCount(0);
  await expect(page.getByText(`${events.length + 1} events`, { exact: true })).toBeVisible();
  const added = workspace.services.chronology.list(caseId).find((e) => e.text === 'First S117 review, six weeks late');
  expect(added).toMatchObject({
    date: '2019-04-20',
    type: 's117_review',
    org: 'council',
    citations: [{ evidence: 'd1', page: 2, quote: 'Review held with Ms X' }],
  });
  await expect(table.getByTestId('event-row').filter({ hasText: 'First S117 review' })).toContainText(
    `${evidenceTitle}, p. 2`,
  );

  // Reorder the two events of 8 March 2019, with the button and back with the keyboard.
  const sameDay = () =>
    workspace.services.chronology
      .list(caseId)
      .filter((e) => e.date === '2019-03-08')
      .map((e) => e.type);
  expect(sameDay()).toEqual(['discharge', 'aftercare_planning']);
  const discharge = table.getByTestId('event-row').filter({ hasText: 'Discharged home' });
  await discharge.getByRole('button', { name: 'Move down within the day' }).click();
  await expect.poll(sameDay).toEqual(['aftercare_planning', 'discharge']);
  await expect(table.getByTestId('event-row').nth(1)).toContainText('Planning meeting on the ward');
  await expect(table.getByTestId('event-row').nth(2)).toContainText('Discharged home');
  await discharge.focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(sameDay).toEqual(['discharge', 'aftercare_planning']);
  await expect(table.getByTestId('event-row').nth(1)).toContainText('Discharged home');
  await expect(discharge).toBeFocused();

  // The timeline: three lanes, the detention as a span ending at the discharge, the gap visible.
  await page.getByText('Timeline', { exact: true }).click();
  const timeline = page.getByTestId('timeline');
  await expect(timeline.getByTestId('timeline-lane')).toHaveCount(3);
  const detention = timeline.locator('[data-testid="timeline-span"][data-type="detention"]');
  await expect(detention).toHaveCount(1);
  await expect(detention).toHaveAttribute('aria-label', /Detention \(section 3\), 10\/01\/2019 to 08\/03\/2019/);
  const box = (await detention.locator('rect').last().boundingBox())!;
  expect(box.width).toBeGreaterThan(5);
  const gap = timeline.getByTestId('timeline-gap').first();
  await expect(gap).toHaveAttribute('aria-label', /1 year 1 month with nothing recorded/);
  await expect(timeline.getByTestId('timeline-marker')).toHaveCount(events.length); // all but the detention, plus the added review;
  await detention.hover();
  await expect(page.getByRole('tooltip')).toContainText('Detention (section 3)');
  await page.screenshot({ path: 'test-results/screens/chronology-timeline.png' });
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const zoomed = (await detention.locator('rect').last().boundingBox())!;
  expect(zoomed.width).toBeGreaterThan(box.width * 2);
  await detention.click();
  await expect(page.getByRole('dialog', { name: 'Edit event' })).toBeVisible();
  const edit = page.getByRole('dialog', { name: 'Edit event' });
  await expect(edit.getByLabel('Description')).toHaveValue('Detained under section 3');
  await expect(edit.getByRole('textbox', { name: 'Section', exact: true })).toHaveValue('Section 3');
  await edit.getByRole('textbox', { name: 'Council of ordinary residence' }).click();
  await page.getByRole('option', { name: 'Anytown Borough Council' }).click();
  await edit.getByRole('textbox', { name: 'Commissioner of the GP practice' }).click();
  await page.getByRole('option', { name: 'NHS Anytown ICB' }).click();
  await page.screenshot({ path: 'test-results/screens/chronology-edit-detention.png' });
  await edit.getByRole('button', { name: 'Save event' }).click();
  await expect(edit).toHaveCount(0);
  const detentionEvent = workspace.services.chronology.list(caseId).find((e) => e.type === 'detention');
  expect(detentionEvent).toMatchObject({ section: '3', residence: { council: 'council', gpCommissioner: 'icb' } });
});

test('highlighted events from a link, inline description editing, delete with confirmation', async ({
  app: page,
  workspace,
}) => {
  const { caseId, events } = await seedCase(workspace);
  const target = events.find((e) => e.type === 'care_plan_written')!;
  await page.goto(page.url().replace(/#.*$/, `#/cases/${caseId}/chronology?highlight=${target.id}`));
  const table = page.getByRole('table', { name: 'Chronology' });
  const row = table.locator(`[data-event-id="${target.id}"]`);
  await expect(row).toHaveAttribute('data-highlighted', 'true');
  await expect(table.locator('[data-highlighted]')).toHaveCount(1);
  await page.getByText('Both', { exact: true }).click();
  const timeline = page.getByTestId('timeline');
  await expect(timeline.locator(`[data-event-id="${target.id}"]`)).toHaveAttribute('data-highlighted', 'true');
  await expect(timeline.locator('[data-highlighted]')).toHaveCount(1);
  await page.screenshot({ path: 'test-results/screens/chronology-both-highlighted.png' });
  await page.getByText('Table', { exact: true }).click();

  // Arrow keys move between rows; Enter edits the description in place.
  await row.focus();
  await page.keyboard.press('ArrowDown');
  await expect(table.getByTestId('event-row').filter({ hasText: 'Services started' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(row).toBeFocused();
  await page.keyboard.press('Enter');
  const inline = row.getByRole('textbox', { name: 'Description' });
  await inline.fill('Care plan written, not shared');
  await page.keyboard.press('Escape');
  await expect(row).toContainText('Care plan written');
  await expect(row).not.toContainText('not shared');
  await page.keyboard.press('Enter');
  await row.getByRole('textbox', { name: 'Description' }).fill('Care plan written, not shared');
  await page.keyboard.press('Control+s');
  await expect(row).toContainText('Care plan written, not shared');
  expect(workspace.services.chronology.list(caseId).find((e) => e.id === target.id)?.text).toBe(
    'Care plan written, not shared',
  );

  await row.getByRole('button', { name: 'Delete event' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete this event?' });
  await expect(confirm).toContainText('It leaves the chronology, with its citations.');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toHaveCount(0);
  expect(workspace.services.chronology.list(caseId)).toHaveLength(events.length);
  await row.getByRole('button', { name: 'Delete event' }).click();
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByText(`${events.length - 1} events`, { exact: true })).toBeVisible();
  expect(workspace.services.chronology.list(caseId).some((e) => e.id === target.id)).toBe(false);

  // Alt+N opens the form for a new event; Escape closes it.
  await page.keyboard.press('Alt+n');
  await expect(page.getByRole('dialog', { name: 'Add event' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Add event' })).toHaveCount(0);
});

test('an event a finding relies on is not deleted: the dialog stays open and says why', async ({
  app: page,
  workspace,
}) => {
  const { caseId, events } = await seedCase(workspace);
  const target = events.find((e) => e.type === 'care_plan_written')!;
  const org = workspace.services.cases.get(caseId).organisations[0]!;
  workspace.services.findings.create(caseId, {
    org: org.id,
    fault: 'No plan was shared.',
    injustice: [],
    events: [target.id],
  });
  await page.goto(page.url().replace(/#.*$/, `#/cases/${caseId}/chronology`));
  const row = page.getByRole('table', { name: 'Chronology' }).locator(`[data-event-id="${target.id}"]`);
  await row.getByRole('button', { name: 'Delete event' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete this event?' });
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(confirm.getByRole('alert')).toContainText('Not deleted');
  await expect(confirm).toContainText('This event supports finding f1; unlink it there first.');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toHaveCount(0);
  expect(workspace.services.chronology.list(caseId)).toHaveLength(events.length);
});

test('"Add to chronology" from evidence pre-fills the form, and unsaved text survives a reload', async ({
  app: page,
  workspace,
}) => {
  const { caseId } = await seedCase(workspace);
  const quote = 'Discharged home on 8 March 2019.';
  await page.goto(
    page
      .url()
      .replace(
        /#.*$/,
        `#/cases/${caseId}/chronology/new?evidence=d1&page=3&quote=${encodeURIComponent(quote)}&date=2019-03-08`,
      ),
  );
  const form = page.getByRole('dialog', { name: 'Add event' });
  await expect(form.getByRole('textbox', { name: 'Date', exact: true })).toHaveValue('08/03/2019');
  await expect(form.getByText('Shown as 08/03/2019')).toBeVisible();
  const citation = form.getByRole('group', { name: 'Citation 1' });
  await expect(citation.getByLabel('Page', { exact: true })).toHaveValue('3');
  await expect(citation.getByLabel('Quote')).toHaveValue(quote);
  await form.getByLabel('Description').fill('Half-written description');
  await page.waitForTimeout(600); // the journal writes a quarter of a second after typing stops
  await page.reload();
  await expect(form.getByText('Restored unsaved changes')).toBeVisible();
  await expect(form.getByLabel('Description')).toHaveValue('Half-written description');
  await form.getByText('Month', { exact: true }).click();
  await expect(form.getByText('Shown as March 2019')).toBeVisible();
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(form).toHaveCount(0);
});
