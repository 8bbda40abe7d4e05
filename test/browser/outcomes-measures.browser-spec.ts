/**
 * The outcome measures in a real browser, against the system started as
 * `npm start` starts it: the coordinator records an arrest on a
 * participant's page (a refusal shown beside its field, what was typed
 * kept) and their employment at admission; the measures screen's Outcomes
 * section shows the figures, per demographic group on request, on a
 * desktop and on a phone. Axe-clean.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Browser, Locator, Page } from 'playwright-core';
import { accessibilityViolations, DESKTOP, launchBrowser, newPage, PHONE, SCREENSHOTS, signInStaff } from '../support/browser';
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

/** The section alone (the measures page is long), where `screenshot` puts whole pages. */
async function sectionShot(section: Locator, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await section.screenshot({ path: resolve(SCREENSHOTS, `${name}.jpg`), type: 'jpeg', quality: 70, animations: 'disabled' });
}

/** A day well ahead of the real date, ahead in any US court's zone too. */
const daysAhead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test('the coordinator records an arrest and circumstances; the Outcomes section shows them, per group, on desktop and phone', async () => {
  const [person] = await system.query<{ id: string }>(`SELECT id FROM participants WHERE participant_number = 'D-0003'`);
  const { context, page } = await newPage(browser, system.url, DESKTOP);
  await signInStaff(page, 'coordinator');
  await page.goto(`/participants/${person.id}`);
  const section = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Criminal history and circumstances' }) });
  const history = section.getByRole('table', { name: 'Arrests and convictions, newest first' });
  await history.getByRole('cell', { name: 'Driving with a suspended licence' }).waitFor();

  const form = section.locator('form', { has: page.getByRole('heading', { name: 'Record an arrest or conviction' }) });
  await form.locator('select[name=kind]').selectOption('arrest');
  await form.locator('input[name=occurredOn]').fill(daysAhead(3));
  await form.locator('input[name=description]').fill('Trespass');
  await form.getByRole('button', { name: 'Record' }).click();
  // A future day: the API's sentence beside the date, the description still typed.
  await form.getByText(/must not be in the future/).waitFor();
  expect(await form.locator('input[name=description]').inputValue()).toBe('Trespass');
  await expectAccessible(page);
  await form.locator('input[name=occurredOn]').fill(daysAhead(-10));
  await form.getByRole('button', { name: 'Record' }).click();
  await page.getByRole('status').filter({ hasText: /Recorded: Arrest on/ }).waitFor();
  await history.getByRole('cell', { name: 'Trespass' }).waitFor();

  const admission = section.locator('form', { has: page.getByRole('heading', { name: 'Change circumstances: At admission' }) });
  await admission.locator('select[name=employment]').selectOption('part_time');
  await admission.getByRole('button', { name: 'Save' }).click();
  await section.getByText(/Part-time work · Less than high school · Homeless/).waitFor();
  await expectAccessible(page);
  await sectionShot(section, 'outcomes-participant-desktop');

  await page.goto('/measures');
  const outcomes = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Outcomes' }) });
  await outcomes.getByText('Retained at 12 months').first().waitFor();
  const figures = outcomes.getByRole('table', { name: 'Every outcome measure, whole court and each program' });
  await figures.getByRole('cell', { name: 'Retention at 3 months' }).waitFor();
  await outcomes.getByRole('table', { name: /Employment, education and housing of those admitted/ }).waitFor();
  await outcomes.locator('select[name=groupBy]').selectOption('gender');
  const perGroup = outcomes.getByRole('table', { name: 'Every outcome measure, whole court, per group' });
  await perGroup.getByRole('columnheader', { name: 'Woman' }).waitFor();
  await expectAccessible(page);
  await sectionShot(outcomes, 'outcomes-measures-desktop');
  await context.close();

  const phone = await newPage(browser, system.url, PHONE);
  await signInStaff(phone.page, 'coordinator');
  await phone.page.goto('/measures');
  const onPhone = phone.page.locator('section', { has: phone.page.getByRole('heading', { level: 2, name: 'Outcomes' }) });
  await onPhone.getByRole('table', { name: 'Every outcome measure, whole court and each program' }).waitFor();
  await expectAccessible(phone.page);
  await sectionShot(onPhone, 'outcomes-measures-phone');
  await phone.context.close();
});
