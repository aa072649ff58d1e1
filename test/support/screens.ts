// Every screen of the app on one seeded case (Sarah's, completed for a final decision, with a
// PDF and an email as evidence and a draft letter), for the accessibility and layout specs:
// where each one is, and what shows once it has loaded.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { HarnessWorkspace } from '../harness/browser-harness';
import { completeSarah } from './complete-sarah';
import { writeEvidenceFiles } from '../fixtures/evidence-e2e/make-evidence-files';

export interface SeededCase {
  caseId: string;
  pdfId: string;
  emailId: string;
  letterId: string;
}

/** Imports Sarah's completed case, a text PDF and an email as evidence, and a draft final decision. */
export async function seedEveryScreen(workspace: HarnessWorkspace): Promise<SeededCase> {
  const { services } = workspace;
  const { caseDetail } = await services.caseFiles.importFromPath(completeSarah(workspace.dataDir));
  const dir = join(workspace.dataDir, 'evidence-files');
  mkdirSync(dir, { recursive: true });
  const files = await writeEvidenceFiles(dir);
  const imported = await services.evidence.importFiles({ caseId: caseDetail.id, files: [files.textPdf, files.eml] });
  const [pdfId, emailId] = imported.outcomes.map((o) => o.evidenceId!);
  const letter = services.letters.create(caseDetail.id, 'final');
  return { caseId: caseDetail.id, pdfId: pdfId!, emailId: emailId!, letterId: letter.id };
}

export interface Screen {
  name: string;
  path: (c: SeededCase) => string;
}

export const SCREENS: Screen[] = [
  { name: 'case-list', path: () => '/' },
  { name: 'new-case', path: () => '/cases/new' },
  { name: 'edit-case', path: (c) => `/cases/${c.caseId}/edit` },
  { name: 'overview', path: (c) => `/cases/${c.caseId}` },
  { name: 'complaint', path: (c) => `/cases/${c.caseId}/complaint` },
  { name: 'evidence', path: (c) => `/cases/${c.caseId}/evidence` },
  { name: 'evidence-pdf', path: (c) => `/cases/${c.caseId}/evidence/${c.pdfId}` },
  { name: 'evidence-email', path: (c) => `/cases/${c.caseId}/evidence/${c.emailId}` },
  { name: 'chronology', path: (c) => `/cases/${c.caseId}/chronology` },
  { name: 'chronology-timeline', path: (c) => `/cases/${c.caseId}/chronology?view=timeline` },
  { name: 'duties', path: (c) => `/cases/${c.caseId}/duties` },
  { name: 'findings', path: (c) => `/cases/${c.caseId}/findings` },
  { name: 'remedies', path: (c) => `/cases/${c.caseId}/remedies` },
  { name: 'letters', path: (c) => `/cases/${c.caseId}/letters` },
  { name: 'letter-editor', path: (c) => `/cases/${c.caseId}/letters/${c.letterId}` },
  { name: 'history', path: (c) => `/cases/${c.caseId}/history` },
  { name: 'search', path: () => '/search' },
  { name: 'compliance', path: () => '/compliance' },
];

/** Opens a screen and waits until it has finished loading (no spinner, the PDF page drawn). */
export async function openScreen(page: Page, screen: Screen, c: SeededCase): Promise<void> {
  await page.goto(`${new URL(page.url()).origin}/index.html#${screen.path(c)}`);
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.locator('main .mantine-Loader-root')).toHaveCount(0, { timeout: 20_000 });
  if (screen.name === 'search') {
    await page.getByRole('textbox', { name: 'Search the evidence of every case' }).fill('discharged');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main').getByText(/passages? found/)).toBeVisible();
  }
  if (screen.name === 'evidence-pdf') {
    await expect(page.locator('.evidence-page[data-rendered="yes"]').first()).toBeVisible({ timeout: 20_000 });
  }
  await page.waitForTimeout(300);
}
