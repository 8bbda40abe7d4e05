/**
 * Deferred judgment and bench warrants in a real browser, against the system
 * started as `npm start` starts it: the judge reads a plea near its 18-month
 * maximum with the expungement rules and prepares the motion; issues a
 * warrant (a refusal beside the field, what was typed kept), which a case
 * manager then records served; the team's list of who may have absconded,
 * at phone width and in Spanish. Axe-clean throughout.
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

const idOf = async (number: string) => (await system.query<{ id: string }>(`SELECT id FROM participants WHERE participant_number = $1`, [number]))[0].id;

test('the judge reads a deferred judgment near its maximum, its expungement rules, and prepares the motion', async () => {
  const { context, page } = await newPage(browser, system.url, DESKTOP);
  await signInStaff(page, 'judge');
  await page.goto(`/participants/${await idOf('D-0009')}`);
  const section = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Deferred judgment' }) });
  await section.getByText(/The plea is 16 months old: the program cannot run past/).waitFor();
  await section.getByText('Not every rule is met yet.').waitFor();
  await section.getByText(/Not met: Program completed/).waitFor();
  await section.getByText(/Met: Community service hours/).waitFor();
  // The judge may change the length, but not grant before every rule is met.
  await section.getByRole('form', { name: "Change the program's length" }).waitFor();
  expect(await section.getByRole('form', { name: 'Grant the expungement' }).count()).toBe(0);
  const lengthForm = section.getByRole('form', { name: "Change the program's length" });
  await lengthForm.locator('input[name=programMonths]').fill('19');
  await lengthForm.locator('textarea[name=reason]').fill('More time for the last service hours');
  await lengthForm.getByRole('button', { name: 'Change the length' }).click();
  await lengthForm.getByText(/at most 18 months from the plea/).first().waitFor();
  expect(await lengthForm.locator('textarea[name=reason]').inputValue()).toBe('More time for the last service hours');
  await section.getByRole('button', { name: 'Prepare the motion and order (PDF)' }).click();
  await section.getByRole('link', { name: 'Open the motion (PDF)' }).waitFor();
  await expectAccessible(page);
  await screenshot(page, 'deferred-judgment-desktop');
  await context.close();
});

test('the coordinator records a plea from the court’s paper: a length past the maximum refused beside its field, what was typed kept', async () => {
  const { context, page } = await newPage(browser, system.url, DESKTOP);
  await signInStaff(page, 'coordinator');
  await page.goto(`/participants/${await idOf('D-0006')}`);
  const section = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Deferred judgment' }) });
  const form = section.getByRole('form', { name: 'Record the plea and deferred sentence' });
  await form.locator('input[name="charges.0.statute"]').fill('HSC 11351');
  await form.locator('input[name="charges.0.description"]').fill('Possession for sale');
  await form.locator('textarea[name=deferredSentence]').fill('2 years of probation, suspended');
  await form.locator('input[name=programMonths]').fill('19');
  await form.getByRole('button', { name: 'Record the plea' }).click();
  await form.locator('.field-error').first().waitFor();
  expect(await form.locator('textarea[name=deferredSentence]').inputValue()).toBe('2 years of probation, suspended');
  await form.locator('input[name=programMonths]').fill('12');
  await form.getByRole('button', { name: 'Record the plea' }).click();
  await section.getByText('2 years of probation, suspended').waitFor();
  await section.getByText(/12 months: ends/).waitFor();
  await expectAccessible(page);
  await context.close();
});

test('the judge issues a warrant, a case manager records it served, and the status follows', async () => {
  const id = await idOf('D-0001');
  const judge = await newPage(browser, system.url, DESKTOP);
  await signInStaff(judge.page, 'judge');
  await judge.page.goto(`/participants/${id}`);
  const section = judge.page.locator('section', { has: judge.page.getByRole('heading', { level: 2, name: 'Bench warrants' }) });
  await section.getByText('No bench warrant has been issued.').waitFor();
  const issue = section.getByRole('form', { name: 'Issue a bench warrant' });
  await issue.locator('textarea[name=reason]').fill('   ');
  await issue.getByRole('button', { name: 'Issue the warrant' }).click();
  await issue.locator('.field-error').first().waitFor();
  await issue.locator('textarea[name=reason]').fill('Failed to appear at the status hearing');
  await issue.getByRole('button', { name: 'Issue the warrant' }).click();
  // The status is warrant now: the issuing form gives way to the recall.
  await section.getByRole('cell', { name: 'Open' }).waitFor();
  await section.getByRole('form', { name: 'Recall the warrant' }).waitFor();
  expect(await section.getByRole('form', { name: 'Record the warrant served' }).count()).toBe(0);
  await expectAccessible(judge.page);
  await screenshot(judge.page, 'deferred-warrants-desktop');
  await judge.context.close();

  const staff = await newPage(browser, system.url, PHONE);
  await signInStaff(staff.page, 'casemanager');
  await staff.page.goto(`/participants/${id}`);
  const staffSection = staff.page.locator('section', { has: staff.page.getByRole('heading', { level: 2, name: 'Bench warrants' }) });
  const serve = staffSection.getByRole('form', { name: 'Record the warrant served' });
  expect(await staffSection.getByRole('form', { name: 'Issue a bench warrant' }).count()).toBe(0);
  expect(await staffSection.getByRole('form', { name: 'Recall the warrant' }).count()).toBe(0);
  await serve.locator('select[name=outcome]').selectOption('released');
  await serve.locator('textarea[name=note]').fill('Came to the office with counsel');
  await serve.getByRole('button', { name: 'Record the service' }).click();
  await staffSection.getByRole('cell', { name: 'Served' }).waitFor();
  expect((await system.query<{ status: string }>(`SELECT status FROM participants WHERE id = $1`, [id]))[0].status).toBe('active');
  await expectAccessible(staff.page);
  await screenshot(staff.page, 'deferred-warrants-phone');
  await staff.context.close();
});

test('the team reads who may have absconded, in Spanish at phone width', async () => {
  const { context, page } = await newPage(browser, system.url, DESKTOP, 'es-MX');
  await signInStaff(page, 'coordinator');
  // The court reads English; the coordinator picks Spanish for themself, then reads it on a phone.
  await page.getByLabel('Language').selectOption('es');
  await page.setViewportSize(PHONE);
  await page.goto('/possibly-absconded');
  await page.getByRole('heading', { level: 1, name: 'Posibles prófugos' }).waitFor();
  await page.getByText(/participantes? al|Nadie ha estado en silencio/).first().waitFor();
  await expectAccessible(page);
  await screenshot(page, 'deferred-absconded-es-phone');
  await context.close();
});
