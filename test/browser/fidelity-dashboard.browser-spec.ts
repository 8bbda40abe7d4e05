/**
 * The fidelity dashboard in a real browser against the system started as
 * `npm start` starts it, on the demo data: every line with a value, a
 * verdict in words (at least one not met), its chart and its cases; the
 * cases of the jail line naming the participant whose stay was over the
 * program's limit, linking to their page; the same screen on a phone with
 * nothing off-screen, and in Spanish. Each screen is axe-clean.
 */
import { Browser, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, newPage, PHONE, screenshot, signInStaff, waitForQuietNetwork } from '../support/browser';
import { RunningSystem, startSystem } from '../support/running-system';

jest.setTimeout(240_000);

let system: RunningSystem;
let browser: Browser;

beforeAll(async () => {
  [system, browser] = await Promise.all([startSystem(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

async function expectAccessible(page: Page, screen: string): Promise<void> {
  expect({ screen, violations: await accessibilityViolations(page) }).toEqual({ screen, violations: [] });
}

/** Links and buttons whose box reaches past the right edge of the window. */
async function offScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const doc = (globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<{ getBoundingClientRect(): { right: number; width: number }; textContent: string | null }> } }).document;
    const width = (globalThis as unknown as { innerWidth: number }).innerWidth;
    return Array.from(doc.querySelectorAll('main a, main button'))
      .filter((e) => e.getBoundingClientRect().width > 0 && e.getBoundingClientRect().right > width + 1)
      .map((e) => (e.textContent ?? '').trim());
  });
}

test('a coordinator reads every line against its target and opens the cases behind the jail line', async () => {
  const { context, page } = await newPage(browser, system.url);
  await signInStaff(page, 'coordinator');
  await page.goto('/measures');
  await page.getByRole('link', { name: 'Open the fidelity dashboard: each practice against its target' }).click();
  await page.getByRole('heading', { level: 1, name: 'Fidelity dashboard' }).waitFor();
  const lines = page.locator('ol.fidelity-lines > li');
  await lines.first().waitFor();
  const keys = await lines.evaluateAll((items) => items.map((i) => (i as unknown as { id: string }).id.replace('fidelity-', '')));
  expect(keys).toEqual(expect.arrayContaining(['weekend_holiday_share', 'tests_per_week_plan', 'tests_per_week_floor', 'notice_to_collection', 'lab_turnaround', 'heard_in_time', 'jail_days_per_sanction', 'incentive_sanction_ratio', 'hearing_intervals', 'treatment_entry']));
  // The demo gives every line a value, and at least one misses its target; each verdict is in words beside its icon.
  const verdicts = await page.locator('ol.fidelity-lines .fidelity-verdict').allTextContents();
  expect(verdicts.every((v) => /^(✓ Met|✗ Not met)$/.test(v.trim()))).toBe(true);
  expect(verdicts.some((v) => v.includes('Not met'))).toBe(true);
  // The summary table holds the figures; the chart draws the target across the bars.
  await page.getByRole('table', { name: 'Every line: value, target and verdict' }).waitFor();
  expect(await page.locator('#fidelity-notice_to_collection .chart-reference').count()).toBe(1);
  await waitForQuietNetwork(page);
  await expectAccessible(page, 'fidelity dashboard');
  await screenshot(page, 'fidelity-dashboard');

  await page.locator('#fidelity-jail_days_per_sanction').getByRole('link', { name: /^Cases behind/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Cases: Jail days per jail sanction' }).waitFor();
  const row = page.locator('table tbody tr', { hasText: 'D-0008' });
  await row.waitFor();
  await waitForQuietNetwork(page);
  await expectAccessible(page, 'fidelity cases');
  await screenshot(page, 'fidelity-cases-desktop');
  const [participant] = await system.query<{ id: string }>(`SELECT id FROM participants WHERE participant_number = 'D-0008'`);
  await row.getByRole('link').click();
  await page.waitForURL(`**/participants/${participant.id}`);
  expect(await system.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'measures.fidelity_cases_read' AND $1 = ANY(participant_ids)`, [participant.id])).toEqual([{ n: 1 }]);
  await context.close();
});

test('a case manager reads the dashboard on a phone with nothing off-screen, then in Spanish', async () => {
  const { context, page } = await newPage(browser, system.url, PHONE);
  await signInStaff(page, 'casemanager');
  await page.goto('/measures/fidelity');
  await page.locator('ol.fidelity-lines > li').first().waitFor();
  await waitForQuietNetwork(page);
  expect(await offScreen(page)).toEqual([]);
  await expectAccessible(page, 'fidelity dashboard on a phone');
  await screenshot(page, 'fidelity-dashboard-phone');

  await page.getByLabel('Language').selectOption('es');
  await page.getByRole('heading', { level: 1, name: 'Panel de fidelidad' }).waitFor();
  await page.locator('ol.fidelity-lines .fidelity-verdict', { hasText: 'No cumplida' }).first().waitFor();
  await waitForQuietNetwork(page);
  expect(await offScreen(page)).toEqual([]);
  await expectAccessible(page, 'fidelity dashboard in Spanish on a phone');
  await context.close();
});
