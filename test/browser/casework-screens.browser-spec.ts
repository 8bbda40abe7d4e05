/**
 * The case manager's screens on a real morning, in a real browser against
 * the system as `npm start` starts it (with its demo data): the contact log
 * on the participant page, the caseload's columns and attention order, the
 * participant page's summary, the readiness matrix, and tables as stacked
 * cards at phone width. Axe-clean at desktop and phone widths.
 */
import { Browser, Page } from 'playwright-core';
import { accessibilityViolations, DESKTOP, launchBrowser, newPage, PHONE, screenshot, signInStaff } from '../support/browser';
import { RunningSystem, startSystem } from '../support/running-system';

jest.setTimeout(300_000);

let system: RunningSystem;
let browser: Browser;

beforeAll(async () => {
  [system, browser] = await Promise.all([startSystem(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

async function expectAccessible(page: Page): Promise<void> {
  expect(await accessibilityViolations(page)).toEqual([]);
}

/** No button lies beyond the right edge of the viewport (a phone must not scroll sideways to act). */
async function expectButtonsOnScreen(page: Page): Promise<void> {
  const offScreen = await page.evaluate(() => {
    const doc = globalThis as unknown as { document: { querySelectorAll: (s: string) => ArrayLike<{ getBoundingClientRect: () => { right: number; width: number }; textContent: string | null }> }; innerWidth: number };
    return Array.from(doc.document.querySelectorAll('main button'))
      .filter((b) => b.getBoundingClientRect().width > 0 && b.getBoundingClientRect().right > doc.innerWidth + 1)
      .map((b) => b.textContent);
  });
  expect(offScreen).toEqual([]);
}

const participantId = async (number: string) => (await system.query<{ id: string }>(`SELECT id FROM participants WHERE participant_number = $1`, [number]))[0].id;

test('the contact log: a refusal beside its field keeps what was typed, a contact is logged once and counted as last contact; a judge reads it without the form', async () => {
  const id = await participantId('D-0002');
  const { context, page } = await newPage(browser, system.url, DESKTOP);
  await signInStaff(page, 'casemanager');
  await page.goto(`/participants/${id}`);
  const section = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Contact log' }) });
  await section.getByRole('cell', { name: 'Asked to move the Thursday appointment.' }).waitFor();
  await section.getByText(/^Last contact: .+ \((contact log|appeared at a hearing|specimen collected)\)$/).waitFor();

  const form = section.locator('form', { has: page.getByRole('heading', { name: 'Log a contact' }) });
  await form.locator('select[name=kind]').selectOption('home_visit');
  // Tomorrow, in any US court's zone: the API refuses a contact in the future, beside the date.
  await form.locator('input[name=occurredAt]').fill(new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10));
  await form.locator('input[name=note]').fill('Curfew check, spoke at the door.');
  await form.getByRole('button', { name: 'Log contact' }).click();
  await form.locator('.field-invalid', { has: page.locator('input[name=occurredAt]') }).getByText(/must not be in the future/).waitFor();
  expect(await form.locator('input[name=note]').inputValue()).toBe('Curfew check, spoke at the door.');
  expect(await form.locator('select[name=kind]').inputValue()).toBe('home_visit');
  await expectAccessible(page);

  await form.locator('input[name=occurredAt]').fill(new Date(Date.now() - 86_400_000).toISOString().slice(0, 10));
  await form.locator('input[name=occurredAtTime]').fill('09:00');
  await form.getByRole('button', { name: 'Log contact' }).dblclick();
  await form.getByRole('status').filter({ hasText: /^Logged: Home visit, / }).waitFor();
  await section.getByRole('cell', { name: 'Curfew check, spoke at the door.' }).waitFor();
  expect(await section.getByRole('cell', { name: 'Curfew check, spoke at the door.' }).count()).toBe(1);
  await screenshot(page, 'casework-contact-log-desktop');

  await page.setViewportSize(PHONE);
  await expectAccessible(page);
  await expectButtonsOnScreen(page);
  await context.close();

  const judge = await newPage(browser, system.url, DESKTOP);
  await signInStaff(judge.page, 'judge');
  await judge.page.goto(`/participants/${id}`);
  const judgeSection = judge.page.locator('section', { has: judge.page.getByRole('heading', { level: 2, name: 'Contact log' }) });
  await judgeSection.getByRole('cell', { name: 'Curfew check, spoke at the door.' }).waitFor();
  expect(await judgeSection.locator('form').count()).toBe(0);
  await judge.context.close();
});

/** The place in the attention order of each row, read from the first badge under the name. */
async function attentionRanks(page: Page): Promise<number[]> {
  const order = ['72-hour clock overdue', 'Warrant', 'Missed call-in', 'Open violation'];
  const rows = page.getByRole('table', { name: 'Participants of the court' }).locator('tbody tr');
  const firsts = await rows.evaluateAll((trs) =>
    trs.map((tr) => (tr as unknown as { querySelector: (s: string) => { textContent: string | null } | null }).querySelector('ul.attention li')?.textContent ?? null),
  );
  return firsts.map((text) => (text === null ? order.length : order.indexOf(text)));
}

test('the caseload: those who need attention first, with what to act on in each row; no own name on every row of one’s own caseload; cards on a phone', async () => {
  const { context, page } = await newPage(browser, system.url, DESKTOP);
  await signInStaff(page, 'casemanager');
  await page.goto('/caseload');
  const table = page.getByRole('table', { name: 'Participants of the court' });
  await table.locator('tbody tr').first().waitFor();
  expect(await page.locator('select[name=sort]').inputValue()).toBe('attention');
  for (const header of ['Clean days', 'Last test', 'Open violations', 'Missed call-ins (7 days)', 'Next court date', 'Last contact', 'Case manager']) {
    await table.getByRole('columnheader', { name: header }).waitFor();
  }
  const ranks = await attentionRanks(page);
  expect(ranks[0]).toBe(0);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  // The warrant (D-0010) says so under the name, with when the team last reached them.
  const warrant = table.locator('tbody tr', { hasText: 'D-0010' });
  await warrant.getByText('Warrant', { exact: true }).first().waitFor();
  await warrant.getByText(/\d+ days? ago|No contact yet/).first().waitFor();
  await expectAccessible(page);
  await screenshot(page, 'casework-caseload-desktop');

  // A click (the box follows the address, which the click changes).
  await page.getByLabel('Only my participants').click();
  await page.waitForURL(/mine=1/);
  await table.locator('tbody tr').first().waitFor();
  expect(await table.getByRole('columnheader', { name: 'Case manager' }).count()).toBe(0);
  expect(await table.getByRole('cell', { name: 'You', exact: true }).count()).toBe(0);

  await page.setViewportSize(PHONE);
  const cell = table.locator('tbody tr').first().locator('td').first();
  expect(await cell.evaluate((td) => (globalThis as unknown as { getComputedStyle: (e: unknown) => { display: string } }).getComputedStyle(td).display)).toBe('block');
  await expectButtonsOnScreen(page);
  await expectAccessible(page);
  await screenshot(page, 'casework-caseload-phone');
  await context.close();
});

test('the participant page opens on a summary strip; the readiness board is one matrix of requirements, met or the gap, that fits a morning on two screens', async () => {
  const id = await participantId('D-0001');
  const { context, page } = await newPage(browser, system.url, DESKTOP);
  await signInStaff(page, 'coordinator');
  await page.goto(`/participants/${id}`);
  const strip = page.getByRole('region', { name: 'At a glance' });
  for (const term of ['Clean days', 'Readiness', 'Open violations', 'Next court date', 'Last contact']) await strip.getByText(term, { exact: true }).waitFor();
  // The strip comes before everything else of the page but its heading.
  expect(await page.locator('article.participant-page > :nth-child(2)').getAttribute('aria-label')).toBe('At a glance');
  await expectAccessible(page);

  await page.goto('/readiness');
  const matrix = page.getByRole('table', { name: 'Readiness to advance, ready first' });
  await matrix.locator('tbody tr').first().waitFor();
  await matrix.getByRole('columnheader', { name: 'Continuous clean days' }).waitFor();
  // Each requirement cell is met, the gap in words, or not required: never empty.
  const cells = await matrix.locator('td.matrix-cell').allInnerTexts();
  expect(cells.length).toBeGreaterThan(0);
  for (const text of cells) expect(text).toMatch(/^(✓ Met|○ .+|\? .+|Not required)/);
  // One line a row: 40 rows fit on two screens of 900 px.
  const heights = await matrix.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => (tr as unknown as { getBoundingClientRect: () => { height: number } }).getBoundingClientRect().height));
  expect(Math.max(...heights) * 40).toBeLessThanOrEqual(2 * 900);
  await expectAccessible(page);
  await screenshot(page, 'casework-readiness-desktop');

  await page.setViewportSize(PHONE);
  await expectButtonsOnScreen(page);
  await expectAccessible(page);
  await screenshot(page, 'casework-readiness-phone');
  await context.close();
});
