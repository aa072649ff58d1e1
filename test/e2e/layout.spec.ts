// Small screens: every screen at 1024 × 700 (a small laptop) and 1440 × 900, photographed into
// test-results/screens/, with no text cut off in table cells or badges, and the evidence viewer
// showing the document without scrolling.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { SCREENS, openScreen, seedEveryScreen } from '../support/screens';

const SIZES = [
  { width: 1024, height: 700 },
  { width: 1440, height: 900 },
];

/** Table cells and badges in the page whose text is wider than the box that shows it. */
async function clipped(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('main td, main th, main .mantine-Badge-label'))
      .filter((el) => el.offsetParent !== null && el.scrollWidth > el.clientWidth + 1)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 60)}” (${el.scrollWidth} > ${el.clientWidth})`,
      ),
  );
}

test.describe.configure({ timeout: 240_000 });

for (const size of SIZES) {
  test(`every screen at ${size.width} × ${size.height}: photographed, nothing cut off`, async ({
    app: page,
    workspace,
  }) => {
    const seeded = await seedEveryScreen(workspace);
    await page.setViewportSize(size);
    const cut: string[] = [];
    for (const screen of SCREENS) {
      await openScreen(page, screen, seeded);
      await page.screenshot({ path: `test-results/screens/${size.width}/${screen.name}.png` });
      for (const c of await clipped(page)) cut.push(`${screen.name}: ${c}`);
      if (screen.name === 'evidence-pdf') {
        // At least a third of the window shows the page without scrolling.
        const top = await page
          .locator('.evidence-page')
          .first()
          .evaluate((el) => el.getBoundingClientRect().top);
        if (top > (size.height * 2) / 3) cut.push(`evidence-pdf: the document starts ${Math.round(top)} px down`);
      }
    }
    console.log(cut.length ? cut.join('\n') : 'nothing cut off');
    expect(cut.length, cut.join('\n')).toBe(0);
  });
}
