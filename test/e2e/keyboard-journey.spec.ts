// A keyboard-only journey, no mouse: create a case with an organisation, add an event, add a
// finding against the organisation, and start a letter, moving with Tab and choosing with the
// keys a screen-reader user would.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/**
 * Presses Tab until the focused element's accessible name (or label) matches; fails after 80.
 * While a screen is replaced, focus can fall back to the page itself: that is no match (the
 * page's whole text contains every label), so typing never goes to the page instead of a field.
 */
async function tabTo(page: Page, name: RegExp): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return '';
      const labelled = el.getAttribute('aria-labelledby');
      const byId = labelled ? (document.getElementById(labelled.split(' ')[0]!)?.textContent ?? '') : '';
      const label = (el as HTMLInputElement).labels?.[0]?.textContent ?? '';
      return [el.getAttribute('aria-label'), byId, label, el.textContent].filter(Boolean).join(' | ');
    });
    if (name.test(focused)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

/** Tabs into the case's tab list (one stop) and moves along it with the arrow keys to `name`. */
async function openTab(page: Page, name: string): Promise<void> {
  await tabTo(page, /^(Overview|Complaint|Evidence|Chronology|Duties|Findings|Remedies|Letters|History)$/);
  for (let i = 0; i < 10; i++) {
    if ((await page.evaluate(() => document.activeElement?.textContent)) === name) return;
    await page.keyboard.press('ArrowRight');
  }
  throw new Error(`No tab ${name}`);
}

/** Types into a searchable select and picks the first match with the arrow and Enter keys. */
async function choose(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}

test('create a case, add an event, a finding and a letter with the keyboard alone', async ({ app: page }) => {
  await tabTo(page, /^New case$/);
  await page.keyboard.press('Enter');
  await tabTo(page, /^Case title/);
  await page.keyboard.type('Aftercare refused after section 3');
  await tabTo(page, /^Date received/);
  await page.keyboard.type('04/03/2021');
  await tabTo(page, /^Name/);
  await page.keyboard.type('Sarah Jones');
  await tabTo(page, /^Add organisation$/);
  await page.keyboard.press('Enter');
  await tabTo(page, /^Kind/);
  await choose(page, 'Council');
  await tabTo(page, /^Name/);
  await page.keyboard.type('Anytown Borough Council');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('heading', { name: 'Aftercare refused after section 3' })).toBeVisible();

  await openTab(page, 'Chronology');
  await tabTo(page, /^Add event$/);
  await page.keyboard.press('Enter');
  const event = page.getByRole('dialog', { name: 'Add event' });
  await expect(event.getByRole('textbox', { name: 'Date', exact: true })).toBeFocused();
  await page.keyboard.type('15/04/2019');
  await tabTo(page, /^Type/);
  await choose(page, 'Discharge from hospital');
  await page.keyboard.press('Control+s');
  await expect(event).toHaveCount(0);
  await expect(page.getByRole('table').getByText('15/04/2019')).toBeVisible();

  await openTab(page, 'Findings');
  await tabTo(page, /^Add finding$/);
  await page.keyboard.press('Enter');
  const finding = page.getByRole('dialog', { name: 'Add a finding' });
  await expect(finding.getByRole('textbox', { name: 'Organisation at fault' })).toBeFocused();
  await choose(page, 'Anytown');
  await tabTo(page, /^Fault/);
  await page.keyboard.type('The Council wrote no aftercare plan before discharge.');
  await page.keyboard.press('Control+s');
  await expect(finding).toHaveCount(0);
  await expect(page.getByRole('article', { name: 'Finding f1' })).toBeVisible();

  await openTab(page, 'Letters');
  await tabTo(page, /^New letter$/);
  await page.keyboard.press('Enter');
  const letter = page.getByRole('dialog', { name: 'New letter' });
  await expect(letter.getByRole('textbox', { name: 'Template' })).toBeFocused();
  await choose(page, 'draft');
  await tabTo(page, /^Create letter$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /, version 1$/ })).toBeVisible();
});
