/**
 * The public draw record and "Check my draw" in a real browser, against the
 * system as `npm start` starts it (demo data): no sign-in for the record,
 * nobody named on it, keyboard-usable and axe-clean; the participant finds
 * their own token for a past day and, through it, their line in the record.
 */
import { Browser } from 'playwright-core';
import { accessibilityViolations, launchBrowser, newPage, PHONE, signInParticipant } from '../support/browser';
import { RunningSystem, startSystem } from '../support/running-system';

jest.setTimeout(180_000);

let system: RunningSystem;
let browser: Browser;

beforeAll(async () => {
  [system, browser] = await Promise.all([startSystem(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

test('anyone reads a court’s draws without signing in, opens a past day by keyboard, and sees no one named', async () => {
  const { context, page } = await newPage(browser, system.url);
  await page.goto('/public/courts/DEMO/draws');
  await page.getByRole('heading', { level: 1, name: /Demo County Treatment Court: random testing draws/ }).waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);
  const [yesterday] = await system.query<{ court_day: string }>(
    `SELECT d.court_day::text FROM draws d JOIN courts c ON c.id = d.court_id WHERE c.code = 'DEMO' AND d.court_day < (now() AT TIME ZONE c.time_zone)::date
      ORDER BY d.court_day DESC LIMIT 1`,
  );
  const link = page.locator(`a[href="/public/courts/DEMO/draws/${yesterday.court_day}"]`);
  await link.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 2, name: 'Entries' }).waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);
  const text = await page.locator('main').innerText();
  const people = await system.query<{ participant_number: string; last_name: string }>(
    `SELECT p.participant_number, p.last_name FROM participants p JOIN courts c ON c.id = p.court_id WHERE c.code = 'DEMO' AND p.participant_number IS NOT NULL`,
  );
  for (const person of people) {
    expect(text).not.toContain(person.participant_number);
    expect(text).not.toContain(person.last_name);
  }
  expect(text).toContain('node verify-draw.mjs');
  await context.close();
});

test('a participant checks their draw: their token for a past day is a line of that day’s public record', async () => {
  const { context, page } = await newPage(browser, system.url, PHONE);
  await signInParticipant(page, 'DEMO', 'D-0001');
  await page.getByRole('link', { name: 'Check my draw' }).click();
  await page.getByRole('heading', { level: 1, name: 'Check my draw' }).waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);
  const row = page.locator('tbody tr', { has: page.locator('code.hex') }).first();
  const token = await row.locator('code.hex').innerText();
  expect(token).toMatch(/^[0-9a-f]{64}$/);
  await row.getByRole('link').click();
  await page.getByRole('heading', { level: 2, name: 'Entries' }).waitFor();
  await page.locator('code.hex', { hasText: token }).waitFor();
  await context.close();
});
