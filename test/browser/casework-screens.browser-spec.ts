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
  await section.getByText(/^Last contact: .* \(contact log\)$/).waitFor();

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
