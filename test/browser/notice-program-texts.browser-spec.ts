/**
 * A program's choice of "test today" texts instead of call-ins, in a real
 * browser against the running system: the court administrator chooses it on
 * the program's administration page, it is saved, and shown again after a
 * reload; the page stays accessible.
 */
import { Browser } from 'playwright-core';
import { accessibilityViolations, DESKTOP, launchBrowser, newPage, signInStaff } from '../support/browser';
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

it('lets the court administrator have a program text "test today" instead of asking for call-ins', async () => {
  const { context, page } = await newPage(browser, system.url, DESKTOP);
  await signInStaff(page, 'courtadmin');
  const [program] = await system.query<{ id: string }>(`SELECT p.id FROM programs p JOIN courts c ON c.id = p.court_id WHERE c.code = 'DEMO' AND p.code = 'ATC'`);
  await page.goto(`/administration/programs/${program.id}`);
  await page.getByRole('heading', { level: 2, name: 'Texts to participants' }).waitFor();
  const choice = page.getByLabel('How selected participants learn of a test');
  expect(await choice.inputValue()).toBe('call_in');
  await choice.selectOption('text');
  await page.getByRole('button', { name: 'Save texts' }).click();
  await page.getByRole('status').filter({ hasText: 'Texts saved.' }).waitFor();
  expect(await system.query(`SELECT test_notice FROM program_message_settings WHERE program_id = $1`, [program.id])).toEqual([{ test_notice: 'text' }]);
  await page.reload();
  await page.getByRole('heading', { level: 2, name: 'Texts to participants' }).waitFor();
  expect(await page.getByLabel('How selected participants learn of a test').inputValue()).toBe('text');
  expect(await accessibilityViolations(page)).toEqual([]);
  await context.close();
});
