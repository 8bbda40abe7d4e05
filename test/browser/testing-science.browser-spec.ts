/**
 * Medication and testing sites in a real browser, against the system started
 * as `npm start` starts it: the court administrator gives a site a closure
 * day in the weekly-hours editor (a refusal beside the row, what was typed
 * kept) and sets a program's cut-offs; a case manager reads D-0002's
 * buprenorphine prescription and records another, at phone width. Axe-clean
 * throughout.
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

test('the court administrator adds a closure day to a site after a refusal that kept the row, and sets a program’s cut-offs', async () => {
  const { context, page } = await newPage(browser, system.url, DESKTOP);
  await signInStaff(page, 'courtadmin');
  await page.goto('/administration/testing-sites');
  await page.getByRole('cell', { name: 'Mon-Sat 07:00-19:00, Sun 09:00-15:00' }).waitFor();
  // The demo seeds the clinic's Christmas and New Year closures from the day it was started, so the dates come from it.
  const closuresOfClinic = async () =>
    (await system.query<{ closures: Array<{ date: string }> }>(`SELECT closures FROM testing_sites WHERE name = 'Eastside Clinic'`))[0].closures.map((c) => c.date);
  const [christmas, newYear] = await closuresOfClinic();
  const newYearsEve = `${christmas.slice(0, 4)}-12-31`;
  await page.getByRole('button', { name: 'Edit Eastside Clinic' }).click();
  const form = page.getByRole('form', { name: /Edit Eastside Clinic/ });
  await form.getByRole('button', { name: 'Add a closure day' }).click();
  const closure = form.getByRole('group', { name: 'Closure 3' });
  // The same day twice is refused, beside the list; the rows stay as typed.
  await closure.getByLabel('Closed on').fill(christmas);
  await closure.getByLabel('Reason (optional)').fill('Staff training');
  await form.getByRole('button', { name: 'Save' }).click();
  await form.getByText(new RegExp(`names ${christmas} twice`)).waitFor();
  expect(await closure.getByLabel('Reason (optional)').inputValue()).toBe('Staff training');
  await closure.getByLabel('Closed on').fill(newYearsEve);
  await form.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Eastside Clinic was saved.').waitFor();
  expect(await closuresOfClinic()).toEqual([christmas, newYearsEve, newYear]);
  await expectAccessible(page);
  await screenshot(page, 'testing-site-hours');

  // The program's panels: a confirmation cut-off above the screen's is refused beside it.
  const [program] = await system.query<{ id: string }>(`SELECT p.id FROM programs p JOIN courts c ON c.id = p.court_id WHERE c.code = 'DEMO' AND p.code = 'ATC'`);
  await page.goto(`/administration/programs/${program.id}`);
  const panels = page.getByRole('form', { name: 'Test panels and cut-offs' });
  // The demo's panels by substance: amphetamines … opiates, thc (the seventh).
  const thc = panels.getByRole('group', { name: 'Panel 7' });
  expect(await thc.getByLabel('Substance').inputValue()).toBe('thc');
  await thc.getByLabel('Confirmation cut-off (ng/mL)').fill('80');
  await panels.getByRole('button', { name: 'Save the panels' }).click();
  await panels.getByText(/must not be above the screen cut-off/).waitFor();
  await thc.getByLabel('Confirmation cut-off (ng/mL)').fill('20');
  await panels.getByRole('button', { name: 'Save the panels' }).click();
  await page.getByText('The panels were saved.').waitFor();
  const [cutoff] = await system.query<{ confirmation_cutoff_ng_ml: string }>(
    `SELECT confirmation_cutoff_ng_ml FROM program_test_panels WHERE program_id = $1 AND substance = 'thc'`,
    [program.id],
  );
  expect(Number(cutoff.confirmation_cutoff_ng_ml)).toBe(20);
  await expectAccessible(page);
  await context.close();
});

test('a case manager reads D-0002’s prescription and records another at phone width, a refusal keeping what was typed', async () => {
  const { context, page } = await newPage(browser, system.url, PHONE);
  await signInStaff(page, 'casemanager');
  const [{ id }] = await system.query<{ id: string }>(`SELECT id FROM participants WHERE participant_number = 'D-0002'`);
  await page.goto(`/participants/${id}`);
  const section = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Prescriptions' }) });
  await section.getByRole('cell', { name: 'Suboxone 8 mg/2 mg, once a day' }).waitFor();
  // The buprenorphine found three days ago shows as prescribed on the timeline.
  await page.getByText(/prescribed \(prescribed medication\)/).first().waitFor();
  const form = section.getByRole('form', { name: 'Record a prescription' });
  await form.getByLabel('Medication').fill('Naltrexone 50 mg');
  await form.getByLabel('Test panel').selectOption('opiates');
  await form.getByLabel('Prescriber').fill('Dr. Ana Rivera');
  await form.getByLabel('From').fill('2026-12-01');
  await form.getByLabel('Until').fill('2026-11-01');
  await form.getByRole('button', { name: 'Record the prescription' }).click();
  await form.getByText('must be on or after startsOn').waitFor();
  expect(await form.getByLabel('Medication').inputValue()).toBe('Naltrexone 50 mg');
  await form.getByLabel('Until').fill('');
  await form.getByLabel('From').fill('2026-11-01');
  await form.getByRole('button', { name: 'Record the prescription' }).click();
  await section.getByText('Naltrexone 50 mg was recorded.').waitFor();
  await section.getByRole('cell', { name: 'Naltrexone 50 mg' }).waitFor();
  await expectAccessible(page);
  await screenshot(page, 'prescriptions-phone');
  await context.close();
});
