// Accessibility: axe (WCAG 2.x A/AA and best practice) on every screen and on the main dialogs
// of a seeded case, failing on any critical or serious violation and printing what it found.
import { appendFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { SCREENS, openScreen, seedEveryScreen, type SeededCase } from '../support/screens';

type Found = { where: string; rule: string; impact: string; nodes: number; example: string };

async function audit(page: Page, where: string, found: Found[], include?: string): Promise<void> {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  if (process.env.AXE_DUMP) appendFileSync(process.env.AXE_DUMP, JSON.stringify({ where, violations }) + '\n');
  for (const v of violations) {
    if (v.impact !== 'critical' && v.impact !== 'serious') continue;
    const first = v.nodes[0];
    found.push({
      where,
      rule: v.id,
      impact: v.impact,
      nodes: v.nodes.length,
      example: `${first?.target.join(' ')}: ${first?.failureSummary?.split('\n').slice(0, 2).join(' ')}`,
    });
  }
}

/** Opens a dialog with `open`, checks where focus starts, audits it, and closes it with Escape. */
async function auditDialog(
  page: Page,
  where: string,
  found: Found[],
  open: () => Promise<void>,
  name: string | RegExp,
  fields = true,
) {
  await open();
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  await page.waitForTimeout(300);
  // Focus starts inside the dialog on its first field (a confirmation: on its safe button), never on ×.
  const focused = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName ?? '',
      label: el?.getAttribute('aria-label') ?? '',
      inDialog: !!el?.closest('[role=dialog]'),
    };
  });
  if (!focused.inDialog || focused.label === 'Close' || (fields && !['INPUT', 'TEXTAREA'].includes(focused.tag))) {
    found.push({
      where: `${where} dialog`,
      rule: 'first-field-focus',
      impact: 'serious',
      nodes: 1,
      example: JSON.stringify(focused),
    });
  }
  await audit(page, `${where} dialog`, found);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
}

function report(found: Found[]): string {
  if (found.length === 0) return 'axe: no critical or serious violations';
  return found.map((f) => `${f.where}: ${f.impact} ${f.rule} ×${f.nodes} — ${f.example}`).join('\n');
}

test.describe.configure({ timeout: 240_000 });

test('every screen and main dialog has no critical or serious axe violation', async ({ app: page, workspace }) => {
  const seeded: SeededCase = await seedEveryScreen(workspace);
  const found: Found[] = [];
  const visit = async (name: string) => {
    const screen = SCREENS.find((s) => s.name === name)!;
    await openScreen(page, screen, seeded);
  };
  for (const screen of SCREENS) {
    await openScreen(page, screen, seeded);
    await audit(page, screen.name, found);
  }

  // A notification (its close button) and the dialogs.
  await visit('letter-editor');
  const text = page
    .getByRole('region', { name: /^Section / })
    .first()
    .getByRole('textbox', { name: 'Text' });
  await text.fill(`${await text.inputValue()} More.`);
  await text.press('Control+s');
  await expect(page.getByRole('alert').or(page.locator('.mantine-Notification-root')).first()).toBeVisible();
  await audit(page, 'notification', found);
  await auditDialog(
    page,
    'letter-editor regenerate',
    found,
    () => page.getByRole('button', { name: 'Regenerate from the case' }).first().click(),
    /^Regenerate/,
    false,
  );
  await auditDialog(
    page,
    'letter-editor approve',
    found,
    () => page.getByRole('button', { name: /^Approve/ }).click(),
    'Approve this letter?',
    false,
  );
  await visit('letters');
  await auditDialog(
    page,
    'letters new',
    found,
    () => page.getByRole('button', { name: 'New letter' }).click(),
    'New letter',
  );
  await visit('chronology');
  await auditDialog(
    page,
    'chronology add-event',
    found,
    () => page.getByRole('button', { name: 'Add event' }).click(),
    'Add event',
  );
  await visit('findings');
  await auditDialog(
    page,
    'findings add',
    found,
    () => page.getByRole('button', { name: 'Add finding' }).click(),
    /finding/i,
  );
  await visit('duties');
  await auditDialog(
    page,
    'duties accept',
    found,
    () => page.getByRole('button', { name: 'Accept as finding…' }).first().click(),
    'Accept as a finding',
  );
  await auditDialog(
    page,
    'duties dismiss',
    found,
    () => page.getByRole('button', { name: 'Dismiss…' }).first().click(),
    'Dismiss this flag?',
  );
  await visit('remedies');
  await auditDialog(
    page,
    'remedies payment',
    found,
    () => page.getByRole('button', { name: 'Add payment' }).click(),
    'Add a payment',
  );
  await visit('evidence-pdf');
  await auditDialog(
    page,
    'evidence details',
    found,
    () => page.getByRole('button', { name: 'Edit details…' }).click(),
    /^Details of/,
  );
  await visit('overview');
  await auditDialog(
    page,
    'case delete',
    found,
    () => page.getByRole('button', { name: /^Delete case/ }).click(),
    'Delete this case?',
    false,
  );
  await auditDialog(
    page,
    'your-name',
    found,
    () => page.getByRole('button', { name: /change your name$/ }).click(),
    'Your name',
  );

  console.log(report(found));
  expect(found.length, report(found)).toBe(0);
});
