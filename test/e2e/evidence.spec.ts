// Evidence as an investigator uses it: four generated documents (a text PDF, a scanned PDF,
// a Word letter, an email with an attachment) added through Add evidence… as one job with
// progress; listed with how their text was read and the attachment under its email; searched
// within the case and across cases for words only OCR could read; opened at the hit's page
// with the words marked; paged, quoted into the chronology, and described.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import type { HarnessWorkspace } from '../harness/browser-harness';
import {
  SCANNED_PHRASE,
  writeEvidenceFiles,
  writeLongScan,
  writeNotePng,
} from '../fixtures/evidence-e2e/make-evidence-files';

function seedCase(workspace: HarnessWorkspace) {
  return workspace.services.cases.create({
    title: 'Respite and charges after discharge',
    received: '2022-09-01',
    stage: 'investigation',
    nation: 'england',
    people: [{ role: 'aggrieved', name: 'Alex Morgan' }],
    organisations: [
      { kind: 'trust', name: 'Anytown Mental Health NHS Trust' },
      { kind: 'council', name: 'Anytown Borough Council' },
    ],
  });
}

test.describe.configure({ timeout: 180_000 });

test('import four documents, search words only OCR could read, and open the page they are on', async ({
  app: page,
  workspace,
}) => {
  const c = seedCase(workspace);
  const dir = mkdtempSync(join(tmpdir(), 's117-evidence-e2e-'));
  try {
    const files = await writeEvidenceFiles(dir);
    await page.goto(page.url().replace(/#.*$/, `#/cases/${c.id}`));
    await page.getByRole('tab', { name: 'Evidence' }).click();
    await expect(page.getByText('No evidence yet')).toBeVisible();

    // The host's file dialog answers with the four files.
    workspace.host.answers.open.push([files.textPdf, files.scannedPdf, files.docx, files.eml]);
    await page.getByRole('button', { name: 'Add evidence…' }).click();
    const job = page.getByRole('region', { name: 'Importing evidence' });
    await expect(job).toBeVisible();
    // OCR of the scanned page takes a few seconds; the page stays usable meanwhile.
    await expect(job.getByText('Importing evidence: finished')).toBeVisible({ timeout: 150_000 });
    const outcomes = job.getByRole('list', { name: 'Import outcomes' }).getByRole('listitem');
    await expect(outcomes).toHaveCount(4);
    await expect(outcomes.filter({ hasText: 'Imported' })).toHaveCount(4);
    await expect(job.getByText('4 files imported.')).toBeVisible();

    // The list: five items (the email's attachment under it), with how each one's text was read.
    const table = page.getByRole('table', { name: 'Evidence' });
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(5);
    const row = (name: string) => rows.filter({ hasText: name });
    await expect(row('care-plan.pdf')).toContainText('Text layer');
    await expect(row('care-plan.pdf')).toContainText('PDF');
    await expect(row('ward-records-scan.pdf')).toContainText('Mixed');
    await expect(row('council-letter.docx')).toContainText('Word');
    await expect(row('respite-email.eml')).toContainText('1 attachment');
    await expect(row('minutes.txt')).toContainText('↳');
    const emailIndex = await rows.evaluateAll((trs) =>
      trs.findIndex((tr) => tr.textContent?.includes('respite-email')),
    );
    const attachmentIndex = await rows.evaluateAll((trs) =>
      trs.findIndex((tr) => tr.textContent?.includes('minutes.txt')),
    );
    expect(attachmentIndex).toBe(emailIndex + 1);
    await expect(row('care-plan.pdf')).toContainText('Jo Investigator');
    await page.screenshot({ path: 'test-results/screens/evidence-list.png', fullPage: true });

    // Adding the same file again says it is already there.
    workspace.host.answers.open.push([files.textPdf]);
    await page.getByRole('button', { name: 'Add evidence…' }).click();
    const again = page.getByRole('region', { name: 'Importing evidence' }).last();
    await expect(again.getByText('Already imported', { exact: true })).toBeVisible({ timeout: 30_000 });
    await expect(again.getByText(/already imported as d1/)).toBeVisible();
    await expect(rows).toHaveCount(5);

    // Search within the case for the words that exist only as a picture on page 2 of the scan.
    const caseSearch = page.getByRole('textbox', { name: /Search this case/ });
    await caseSearch.fill(`"${SCANNED_PHRASE}"`);
    await caseSearch.press('Enter');
    const hit = page.getByRole('article').filter({ hasText: 'Page 2' });
    await expect(hit).toHaveCount(1);
    await expect(hit.getByTestId('snippet').locator('mark').first()).toHaveText(/zebra/i);

    // Across every case, from the Search page: the same hit, with its case; a broken query is explained inline.
    await page.getByRole('link', { name: 'Search', exact: true }).click();
    const globalSearch = page.getByRole('textbox', { name: 'Search the evidence of every case' });
    await globalSearch.fill('"zebra aftercare');
    await globalSearch.press('Enter');
    await expect(page.getByText('A quotation mark is not closed')).toBeVisible();
    await globalSearch.fill(`"${SCANNED_PHRASE}" OR respite`);
    await globalSearch.press('Enter');
    const scanHit = page.getByRole('article').filter({ hasText: 'Page 2' });
    await expect(scanHit).toHaveCount(1);
    await expect(scanHit).toContainText(`Case: ${c.title}`);
    await expect(scanHit.getByTestId('snippet')).toContainText(/aftercare review/i);
    await expect(
      page
        .getByRole('article')
        .filter({ hasText: /respite/i })
        .first(),
    ).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/search.png', fullPage: true });

    // Opening the hit: the viewer at page 2, with the recognised words marked.
    await scanHit.getByRole('link').click();
    await expect(page).toHaveURL(/\/evidence\/[^?]+\?page=2&q=/);
    const viewer = page.getByRole('region', { name: 'Document' });
    await expect(viewer.locator('.evidence-page[data-rendered="yes"]')).toBeVisible({ timeout: 20_000 });
    await expect(viewer.getByRole('textbox', { name: 'Page number' })).toHaveValue('2');
    await expect(viewer.getByText('Read by OCR')).toBeVisible();
    const recognised = viewer.getByRole('region', { name: 'Text recognised on page 2' });
    await expect(recognised.locator('mark')).toHaveText(/zebra aftercare review/i);
    await page.screenshot({ path: 'test-results/screens/evidence-viewer.png' });

    // The email: its headers, its text and its attachment, which opens as text.
    await page.getByRole('link', { name: /All evidence/ }).click();
    await table.getByRole('link', { name: 'respite-email' }).click();
    const headers = page.getByRole('table', { name: 'Email headers' });
    await expect(headers).toContainText('Sam Carer <sam.carer@example.org>');
    await expect(headers).toContainText('Respite care after discharge');
    // Sent at 09:30 British Summer Time, shown in UK time whatever the machine's zone.
    await expect(headers).toContainText('14 July 2020, 09:30');
    await expect(viewer).toContainText('Respite was promised but never arranged.');
    await page.screenshot({ path: 'test-results/screens/evidence-email.png' });
    await page.getByRole('link', { name: 'minutes' }).click();
    await expect(viewer).toContainText('Attendees agreed a budget for respite care.');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('page through a PDF, quote a selection into the chronology, and describe the document', async ({
  app: page,
  workspace,
}) => {
  const c = seedCase(workspace);
  const dir = mkdtempSync(join(tmpdir(), 's117-evidence-e2e-'));
  try {
    const files = await writeEvidenceFiles(dir);
    const imported = await workspace.services.evidence.importFiles({ caseId: c.id, files: [files.textPdf] });
    const id = imported.outcomes[0]!.evidenceId!;
    await page.goto(page.url().replace(/#.*$/, `#/cases/${c.id}/evidence/${id}?page=2&q=discharged`));
    const viewer = page.getByRole('region', { name: 'Document' });
    const drawn = viewer.locator('.evidence-page[data-rendered="yes"]');
    await expect(drawn).toBeVisible({ timeout: 20_000 });
    // The searched word is marked in the page's own text layer.
    await expect(drawn.locator('.textLayer mark')).toHaveText('Discharged');
    await page.screenshot({ path: 'test-results/screens/evidence-viewer-text-layer.png' });

    // Paging: PageDown, the Previous button and the page number box.
    await page.keyboard.press('PageDown');
    await expect(page).toHaveURL(/page=3/);
    await expect(viewer.locator('.evidence-page[data-page="3"][data-rendered="yes"]')).toBeVisible();
    await expect(viewer.locator('.textLayer')).toContainText('No review date was set.');
    await viewer.getByRole('button', { name: '‹ Previous' }).click();
    await expect(page).toHaveURL(/page=2/);
    const pageBox = viewer.getByRole('textbox', { name: 'Page number' });
    await pageBox.fill('1');
    await pageBox.press('Enter');
    await expect(page).toHaveURL(/page=1/);
    await viewer.getByRole('button', { name: 'Next ›' }).click();
    await expect(viewer.locator('.evidence-page[data-page="2"][data-rendered="yes"]')).toBeVisible();

    // Zoom changes the page's drawn size.
    const before = (await drawn.boundingBox())!.width;
    await viewer.getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(async () => (await viewer.locator('.evidence-page').boundingBox())!.width).toBeLessThan(before);

    // Select a line of the page's text and start a chronology event quoting it.
    await expect(viewer.getByRole('button', { name: 'Add to chronology' })).toBeDisabled();
    await viewer
      .locator('.textLayer span', { hasText: 'Discharged home' })
      .first()
      .evaluate((span) => {
        const range = document.createRange();
        range.selectNodeContents(span);
        const selection = document.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
      });
    await viewer.getByRole('button', { name: 'Add to chronology' }).click();
    await expect(page).toHaveURL(/\/chronology\/new\?/);
    const address = new URLSearchParams(page.url().split('?')[1]);
    expect(address.get('evidence')).toBe(id);
    expect(address.get('page')).toBe('2');
    expect(address.get('quote')).toContain('Discharged home on 8 March 2019');
    expect(address.get('date')).toBe('2019-03-08');

    // Describe the document: date, author organisation, tags and notes; the change is in the history.
    await page.goto(page.url().replace(/#.*$/, `#/cases/${c.id}/evidence/${id}`));
    await page.getByRole('button', { name: 'Edit details…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Care and treatment plan');
    await dialog.getByLabel('Date of the document').fill('2019-03-08');
    await dialog.getByRole('textbox', { name: 'Written by' }).click();
    await page.getByRole('option', { name: 'Anytown Mental Health NHS Trust' }).click();
    await dialog.getByRole('textbox', { name: 'Tags' }).fill('care plan');
    await dialog.getByRole('textbox', { name: 'Tags' }).press('Enter');
    await dialog.getByRole('textbox', { name: 'Notes' }).fill('Signed by the care coordinator.');
    await dialog.getByRole('button', { name: 'Save details' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Care and treatment plan' })).toBeVisible();
    await expect(page.getByText('8 March 2019', { exact: true })).toBeVisible();
    await expect(page.getByText('Anytown Mental Health NHS Trust', { exact: true })).toBeVisible();
    await expect(page.getByText('Signed by the care coordinator.')).toBeVisible();
    await page.getByRole('tab', { name: 'History' }).click();
    await expect(page.getByRole('tab', { name: 'History' })).toHaveAttribute('aria-selected', 'true');

    // A picture is shown with the text OCR read from it; OCR can be run again as a job.
    const note = await writeNotePng(dir);
    const png = await workspace.services.evidence.importFiles({ caseId: c.id, files: [note] });
    await page.goto(page.url().replace(/#.*$/, `#/cases/${c.id}/evidence/${png.outcomes[0]!.evidenceId}?q=carers`));
    const picture = viewer.getByRole('img', { name: 'telephone-note' });
    await expect(picture).toBeVisible();
    expect(await picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(100);
    await expect(viewer.locator('mark')).toHaveText(/carers/i);
    await page.screenshot({ path: 'test-results/screens/evidence-picture.png' });
    await page.getByRole('button', { name: 'Re-run OCR…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Re-run OCR' }).click();
    const ocrJob = page.getByRole('region', { name: 'Re-running OCR on telephone-note' });
    await expect(ocrJob.getByText('OCR finished')).toBeVisible({ timeout: 60_000 });

    // Dropping files in the browser explains that only the desktop app can take them.
    await page.getByRole('tab', { name: 'Evidence' }).click();
    await page.getByTestId('evidence-drop-zone').evaluate((zone) => {
      const data = new DataTransfer();
      data.items.add(new File(['x'], 'note.txt', { type: 'text/plain' }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await expect(page.getByText('Drop is available in the desktop app')).toBeVisible();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an import shows its progress per file and can be cancelled, leaving nothing half-stored', async ({
  app: page,
  workspace,
}) => {
  const c = seedCase(workspace);
  const dir = mkdtempSync(join(tmpdir(), 's117-evidence-e2e-'));
  try {
    const files = await writeEvidenceFiles(dir);
    const longScan = await writeLongScan(dir, 12);
    // The menu's Add evidence… opens the tab with ?add=1, which opens the dialog at once.
    workspace.host.answers.open.push([longScan, files.docx]);
    await page.goto(page.url().replace(/#.*$/, `#/cases/${c.id}/evidence?add=1`));
    const job = page.getByRole('region', { name: 'Importing evidence' });
    await expect(job.getByText(/Recognising text \(OCR\) in long-scan\.pdf/)).toBeVisible({ timeout: 60_000 });
    await expect(job.getByRole('progressbar', { name: /Overall progress: \d+%/ })).toBeVisible();
    await expect(job.getByLabel('Progress per file')).toContainText('council-letter.docx');
    await expect(job.getByLabel('Progress per file')).toContainText('waiting');
    // The rest of the tab stays usable while the job runs.
    await page.getByRole('textbox', { name: /Search this case/ }).fill('anything');
    await page.screenshot({ path: 'test-results/screens/evidence-progress.png' });
    await job.getByRole('button', { name: 'Cancel' }).click();
    await expect(job.getByText('Importing evidence: cancelled')).toBeVisible({ timeout: 30_000 });
    await expect(job.getByText(/long-scan\.pdf/).first()).toBeVisible();
    await expect(job.getByText('Not imported', { exact: true }).first()).toBeVisible();
    await expect(page.getByText('No evidence yet')).toBeVisible();
    expect(workspace.services.evidence.list(c.id)).toHaveLength(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
