// The letter editor as an investigator uses it: start the final decision for Sarah's case, add a
// paragraph and watch the preview follow, reload and find the edit kept, save it, switch to the
// anonymised preview (the real name gone), export a PDF, approve, and find the letter frozen
// with the SHA-256 of its files shown.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';

import { completeSarah } from '../support/complete-sarah';

const ADDED = 'Sarah Jones told us that nobody explained who would pay for her placement.';

test('write, preview, anonymise, export and approve a final decision', async ({ app: page, workspace }) => {
  const { caseDetail } = await workspace.services.caseFiles.importFromPath(completeSarah(workspace.dataDir));
  await page.goto(`${new URL(page.url()).origin}/index.html#/cases/${caseDetail.id}/letters`);
  await expect(page.getByText('No letters yet')).toBeVisible();

  await page.getByRole('button', { name: 'New letter' }).click();
  const dialog = page.getByRole('dialog', { name: 'New letter' });
  await dialog.getByRole('textbox', { name: 'Template' }).click();
  await page.getByRole('option', { name: "Ombudsmen's final decision" }).click();
  await dialog.getByRole('button', { name: 'Create letter' }).click();
  await expect(page.getByRole('heading', { name: "Ombudsmen's final decision, version 1" })).toBeVisible();

  // Add a paragraph to the first section: the preview shows it, numbered, as it is typed.
  const section = page.getByRole('region', { name: /^Section / }).first();
  const text = section.getByRole('textbox', { name: 'Text' });
  const preview = page.getByRole('document', { name: 'Letter preview' });
  const before = await text.inputValue();
  await text.fill(`${before}\n\n${ADDED}`);
  await expect(preview.getByText(ADDED)).toBeVisible();
  await expect(section.getByText('Unsaved changes')).toBeVisible();

  // A reload keeps what was typed (journalled), with a notice that it is not saved yet.
  await page.waitForTimeout(600);
  await page.reload();
  await expect(page.getByText('Restored unsaved changes')).toBeVisible();
  await expect(text).toHaveValue(`${before}\n\n${ADDED}`);
  await expect(preview.getByText(ADDED)).toBeVisible();

  // Ctrl+S saves the section.
  await text.press('Control+s');
  await expect(section.getByText('Saved', { exact: true })).toBeVisible();
  const saved = workspace.services.letters.get(caseDetail.id, 'L1');
  expect(JSON.stringify(saved.letter.sections[0])).toContain(ADDED);

  // Anonymised for publication: the real name is gone from the preview, the label is there.
  await page.getByRole('switch', { name: 'Anonymise for publication' }).click();
  const anonymised = page.getByRole('document', { name: 'Anonymised letter preview' });
  await expect(anonymised.getByText('Ms X told us that nobody explained')).toBeVisible();
  await expect(anonymised).not.toContainText('Sarah Jones');
  await expect(page.getByText('Anonymised: no real name found in the letter.')).toBeVisible();

  // Export the anonymised PDF through the save dialog.
  const out = join(workspace.dataDir, 'final-anonymised.pdf');
  workspace.host.answers.save.push(out);
  await page.getByRole('button', { name: 'Export PDF' }).click();
  await expect(page.getByText(`Saved to ${out}`)).toBeVisible();
  expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');

  await page.getByRole('switch', { name: 'Anonymise for publication' }).click();
  await expect(preview.getByText(ADDED)).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'test-results/screens/letter-editor.png', fullPage: false });

  // Approve: the letter freezes; its files are kept with their SHA-256, shown on the page.
  await page.getByRole('button', { name: 'Approve final…' }).click();
  await page.getByRole('dialog', { name: 'Approve this letter?' }).getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByText(/^Approved on .* by Jo Investigator$/)).toBeVisible();
  const approved = workspace.services.letters.get(caseDetail.id, 'L1');
  expect(approved.status).toBe('approved');
  const files = page.getByRole('table', { name: 'Approved files' });
  for (const r of approved.renditions) {
    await expect(files).toContainText(r.sha256);
    // The named export of an approved letter is the approved file, byte for byte.
    const copy = join(workspace.dataDir, `approved.${r.format}`);
    await workspace.services.letters.exportTo(caseDetail.id, 'L1', { format: r.format, anonymise: false, path: copy });
    expect(createHash('sha256').update(readFileSync(copy)).digest('hex')).toBe(r.sha256);
  }

  // Editing is refused: the text is read-only and there is nothing to save.
  await expect(text).toHaveAttribute('readonly', '');
  const frozen = await text.inputValue();
  await text.press('End');
  await text.pressSequentially(' More.');
  await expect(text).toHaveValue(frozen);
  await expect(page.getByRole('button', { name: 'Save section' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Supersede with a new version' })).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'test-results/screens/letter-approved.png', fullPage: false });
});

test('regenerate a section (keep mine, then accept), a refused anonymised export, and a new version', async ({
  app: page,
  workspace,
}) => {
  const { caseDetail } = await workspace.services.caseFiles.importFromPath(completeSarah(workspace.dataDir));
  const letter = workspace.services.letters.create(caseDetail.id, 'final');
  await page.goto(`${new URL(page.url()).origin}/index.html#/cases/${caseDetail.id}/letters`);
  await page.getByRole('link', { name: "Ombudsmen's final decision" }).click();

  const section = page.getByRole('region', { name: /^Section / }).first();
  const text = section.getByRole('textbox', { name: 'Text' });
  const generated = await text.inputValue();
  const firstLine = generated.split('\n')[0]!;
  await text.fill(`S.J. asked us to look again.\n\n${generated}`);
  await text.press('Control+s');
  await expect(section.getByText('Saved', { exact: true })).toBeVisible();

  // The diff shows the line the case would not write; "Keep mine" changes nothing.
  await section.getByRole('button', { name: 'Regenerate from the case' }).click();
  const diff = page.getByRole('dialog', { name: /^Regenerate/ });
  await expect(diff.locator('[data-diff="removed"]').first()).toContainText('S.J. asked us to look again.');
  await expect(diff.locator('[data-diff="same"]').first()).toContainText(firstLine);
  await page.screenshot({ path: 'test-results/screens/letter-regenerate.png' });
  await diff.getByRole('button', { name: 'Keep mine' }).click();
  await expect(text).toHaveValue(/^S\.J\. asked us/);

  // An anonymised export is refused while the initials remain, saying where they are.
  await page.getByRole('switch', { name: 'Anonymise for publication' }).click();
  await expect(page.getByText('Real names remain in the anonymised letter')).toBeVisible();
  await page.getByRole('button', { name: 'Export DOCX' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'Not exported: a real name remains' });
  await expect(refusal).toContainText(`"S.J." in ${letter.letter.sections[0]!.heading}, paragraph 1`);
  expect(workspace.host.answers.save).toEqual([]);

  // Accepting the regenerated text saves it.
  await section.getByRole('button', { name: 'Regenerate from the case' }).click();
  await page
    .getByRole('dialog', { name: /^Regenerate/ })
    .getByRole('button', { name: /^Accept/ })
    .click();
  await expect(text).toHaveValue(generated);
  await expect(page.getByText('Anonymised: no real name found in the letter.')).toBeVisible();
  expect(workspace.services.letters.get(caseDetail.id, letter.id).letter.sections[0]).toEqual(
    letter.letter.sections[0],
  );

  // Approve, then supersede: version 2 opens as an editable draft; version 1 is kept, superseded.
  await page.getByRole('button', { name: 'Approve final…' }).click();
  await page.getByRole('dialog', { name: 'Approve this letter?' }).getByRole('button', { name: 'Approve' }).click();
  await page.getByRole('button', { name: 'Supersede with a new version' }).click();
  await expect(page.getByRole('heading', { name: "Ombudsmen's final decision, version 2" })).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: /^Section / })
      .first()
      .getByRole('textbox', { name: 'Text' }),
  ).not.toHaveAttribute('readonly');
  await page.getByRole('link', { name: '← All letters' }).click();
  const rows = page.getByRole('table', { name: 'Letters' }).getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('Draft');
  await expect(rows.nth(2)).toContainText('Superseded');
  await page.screenshot({ path: 'test-results/screens/letters-list.png' });
});
