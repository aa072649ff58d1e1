// Publishing a decision: a letter with planted identifying details (a date of birth, an NHS
// number, an address, a postcode, a friend's name, a telephone number, a care home) cannot be
// exported anonymised until each is resolved in the review; once resolved, the exported PDF and
// DOCX, text and metadata, contain none of them.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { md } from '../../shared/letters/model';
import { test, expect } from './fixtures';

const SARAH = resolve('test/fixtures/cases/sarah-19016759.s117.json');
const PLANTED =
  'Ms X, born 14/06/1979 (NHS number 943 476 5919), lived at 27 Wharf Lane, Northbridge NB4 7QT. ' +
  'Her friend Tom Baxter rang from 01632 960123 and visited her at Harbourside House.';
const DETAILS = [
  '14/06/1979',
  '943 476 5919',
  '27 Wharf Lane',
  'NB4 7QT',
  'Tom Baxter',
  '01632 960123',
  'Harbourside House',
];

test('an anonymised letter is exported only once every identifying detail is resolved', async ({
  app: page,
  workspace,
}) => {
  const { caseDetail } = await workspace.services.caseFiles.importFromPath(SARAH);
  const caseId = caseDetail.id;
  const created = workspace.services.letters.create(caseId, 'final');
  const section = created.letter.sections[0]!;
  workspace.services.letters.saveSection(caseId, 'L1', section.id, {
    ...section,
    blocks: [...section.blocks, { kind: 'numbered', runs: md(PLANTED) }],
  });
  await page.goto(`${new URL(page.url()).origin}/index.html#/cases/${caseId}/letters/L1`);
  await expect(page.getByRole('heading', { name: "Ombudsmen's final decision, version 1" })).toBeVisible();

  // Anonymised, the preview says what is left to review, live.
  await page.getByRole('switch', { name: 'Anonymise for publication' }).click();
  await expect(page.getByText('7 identifying details to review before publication')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/anonymise-editor.png' });
  await page.setViewportSize({ width: 1024, height: 860 });
  await page.screenshot({ path: 'test-results/screens/anonymise-editor-1024.png' });
  await page.setViewportSize({ width: 1280, height: 860 });

  // Export is refused: the review opens instead, and no save dialog is shown.
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const review = page.getByRole('dialog', { name: 'Review identifying details before publication' });
  await expect(review).toBeVisible();
  await expect(review).toContainText('7 of 7 details to resolve before the anonymised letter can be exported');
  expect(workspace.host.answers.save).toEqual([]);
  const nhs = review.getByRole('group', { name: 'NHS number 943 476 5919' });
  await expect(nhs).toContainText('(NHS number 943 476 5919), lived at');
  await expect(review.getByRole('group', { name: 'personal name Tom Baxter' }).getByLabel('Replace with')).toHaveValue(
    "Ms X's friend",
  );
  await expect(review.getByRole('button', { name: 'Export anonymised PDF' })).toBeDisabled();

  for (const width of [1280, 1024]) {
    await page.setViewportSize({ width, height: 860 });
    await page.screenshot({ path: `test-results/screens/anonymise-review-${width}.png` });
  }

  // Keep one with a reason, change your mind, then replace every detail.
  const phone = review.getByRole('group', { name: 'telephone number 01632 960123' });
  await phone.getByLabel('Or keep it, because').fill('The Council’s published switchboard');
  await phone.getByRole('button', { name: 'Keep' }).click();
  await expect(phone).toContainText('Kept: The Council’s published switchboard · Jo Investigator');
  await phone.getByRole('button', { name: 'Change' }).click();
  const replacements: Record<string, string> = { 'Tom Baxter': 'Mr B' };
  for (const detail of DETAILS) {
    const card = review.getByRole('group', { name: new RegExp(` ${detail.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
    if (replacements[detail]) await card.getByLabel('Replace with').fill(replacements[detail]);
    await card.getByRole('button', { name: 'Replace', exact: true }).click();
    await expect(card).toContainText('Replaced with');
  }
  await expect(review).toContainText('All 7 details resolved: the anonymised letter can be exported.');
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.screenshot({ path: 'test-results/screens/anonymise-review-resolved.png' });
  // Behind the review, the anonymised preview already reads as it will be published.
  await expect(page.getByRole('document', { name: 'Anonymised letter preview' })).toContainText(
    'Her friend Mr B rang from [telephone number] and visited her at a care home.',
  );

  // The decisions are audited.
  const history = workspace.services.cases.history(caseId).map((h) => h.summary);
  expect(history).toContain(
    "Anonymisation review of the Ombudsmen's final decision (version 1): replace “Tom Baxter” (personal name) with “Mr B”",
  );
  expect(history).toContain(
    "Anonymisation review of the Ombudsmen's final decision (version 1): keep “01632 960123” (telephone number): The Council’s published switchboard",
  );

  // Export from the review, then the DOCX from the toolbar: no more questions.
  const pdf = join(workspace.dataDir, 'final-anonymised.pdf');
  const docx = join(workspace.dataDir, 'final-anonymised.docx');
  workspace.host.answers.save.push(pdf);
  await review.getByRole('button', { name: 'Export anonymised PDF' }).click();
  await expect(page.getByText(`Saved to ${pdf}`)).toBeVisible();
  await expect(page.getByText('No identifying details left to review (7 resolved).')).toBeVisible();
  workspace.host.answers.save.push(docx);
  await page.getByRole('button', { name: 'Export DOCX' }).click();
  await expect(page.getByText(`Saved to ${docx}`)).toBeVisible();

  const pdfText = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  const pdfInfo = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const parts = unzipSync(readFileSync(docx));
  const docxXml = Object.keys(parts)
    .filter((name) => name.endsWith('.xml'))
    .map((name) => strFromU8(parts[name]!))
    .join('\n');
  expect(pdfText).toContain('Her friend Mr B rang from [telephone number] and visited her at a care home.');
  expect(docxXml).toContain('Her friend Mr B rang from [telephone number] and visited her at a care home.');
  expect(docxXml).toContain('<dc:title>');
  for (const detail of [...DETAILS, 'Sarah', 'Jones']) {
    expect(pdfText).not.toContain(detail);
    expect(pdfInfo).not.toContain(detail);
    expect(docxXml).not.toContain(detail);
  }
});
