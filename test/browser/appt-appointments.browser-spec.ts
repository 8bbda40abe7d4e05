/**
 * Treatment appointments in a real browser, against the system started as
 * `npm start` starts it: the provider books one for a consenting client (a
 * refusal shown beside the field, what was typed kept), sees it listed and
 * cancels it; the coordinator sees it on the participant page. Axe-clean.
 */
import { Browser, Page } from 'playwright-core';
import { accessibilityViolations, DESKTOP, launchBrowser, newPage, screenshot, signInStaff } from '../support/browser';
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

/** A day ahead of the real date by `days`, which is ahead in any US court's zone too. */
const daysAhead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test('a provider books an appointment, sees a refusal beside its field with the entry kept, cancels it; the coordinator sees it', async () => {
  const [client] = await system.query<{ id: string }>(`SELECT id FROM participants WHERE participant_number = 'D-0001'`);
  const { context, page } = await newPage(browser, system.url, DESKTOP);
  await signInStaff(page, 'provider');
  await page.goto(`/provider/clients/${client.id}`);
  await page.getByRole('heading', { level: 2, name: 'Appointments' }).waitFor();
  const form = page.locator('form', { has: page.getByRole('heading', { name: 'Book an appointment' }) });
  await form.locator('input[name=appointmentOn]').fill(daysAhead(800));
  await form.locator('input[name=startTime]').fill('10:00');
  await form.locator('input[name=place]').fill('12 Main St');
  await form.getByRole('button', { name: 'Book appointment' }).click();
  // Too far ahead: the API's sentence beside the date, the place still typed.
  await form.getByText(/up to 366 days ahead/).first().waitFor();
  expect(await form.locator('input[name=place]').inputValue()).toBe('12 Main St');
  await expectAccessible(page);

  await form.locator('input[name=appointmentOn]').fill(daysAhead(7));
  await form.getByRole('button', { name: 'Book appointment' }).click();
  await page.getByRole('status').filter({ hasText: /Appointment booked for .* at 10:00\./ }).waitFor();
  const table = page.getByRole('table', { name: 'Appointments, latest first' });
  await table.getByRole('cell', { name: '12 Main St' }).first().waitFor();
  await expectAccessible(page);
  await screenshot(page, 'appt-provider-desktop');

  await table.getByRole('button', { name: /Cancel the appointment of .* at 10:00/ }).first().click();
  await page.getByRole('status').filter({ hasText: /is cancelled\./ }).waitFor();
  await table.getByRole('cell', { name: 'Cancelled' }).first().waitFor();
  await context.close();

  const staff = await newPage(browser, system.url, DESKTOP);
  await signInStaff(staff.page, 'coordinator');
  await staff.page.goto(`/participants/${client.id}`);
  await staff.page.getByRole('heading', { level: 2, name: 'Treatment appointments' }).waitFor();
  await staff.page.getByRole('table', { name: 'Appointments, latest first' }).getByRole('cell', { name: '12 Main St' }).first().waitFor();
  await expectAccessible(staff.page);
  await staff.context.close();
});
