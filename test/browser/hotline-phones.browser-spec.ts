/**
 * The phone numbers and the hotline's call log on the screens, in a real
 * browser against the system started as `npm start` starts it: a number
 * registered through the screen alone (a refusal shown beside the field,
 * what was typed kept), a call played as Twilio would sign it and then seen
 * on the participant's page and the testing board, and each screen
 * axe-clean at desktop and phone widths.
 */
import { Browser, Page } from 'playwright-core';
import twilio from 'twilio';
import { DEVELOPMENT_TWILIO_AUTH_TOKEN } from '@app/core';
import { accessibilityViolations, launchBrowser, newPage, PHONE, screenshot, signInParticipant, signInStaff } from '../support/browser';
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

/** One webhook, signed with the development token for the URL the API believes it is reached at (PUBLIC_URL's default). */
async function webhook(path: string, params: Record<string, string>): Promise<string> {
  const signedUrl = `${system.url.replace('127.0.0.1', 'localhost')}${path}`;
  const response = await fetch(`${system.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilio.getExpectedTwilioSignature(DEVELOPMENT_TWILIO_AUTH_TOKEN, signedUrl, params) },
    body: new URLSearchParams(params),
  });
  expect(response.status).toBe(200);
  return response.text();
}

test('a case manager registers a participant’s phone with consent to texts, and sees the call it makes on the participant’s page and the testing board', async () => {
  const { context, page } = await newPage(browser, system.url);
  await signInStaff(page, 'casemanager');
  const [{ id }] = await system.query<{ id: string }>(`SELECT id FROM participants WHERE participant_number = 'D-0003'`);
  await page.goto(`/participants/${id}`);
  const section = page.locator('section.phone-numbers');
  await section.waitFor();

  const form = section.locator('form');
  await form.locator('input[name=phoneE164]').fill('312 555 0103');
  await form.locator('input[name=label]').fill('mobile');
  await form.locator('button[type=submit]').click();
  await form.locator('.field-error').waitFor();
  expect(await form.locator('input[name=label]').inputValue()).toBe('mobile');
  await form.locator('input[name=phoneE164]').fill('+1 312 555 0103');
  await form.locator('input[name=smsOptIn]').check();
  await form.locator('button[type=submit]').dblclick();
  await section.locator('li', { hasText: '+13125550103' }).waitFor();
  expect(await system.query(`SELECT phone_e164, label, sms_opt_in FROM participant_phone_numbers WHERE participant_id = $1 AND removed_at IS NULL`, [id])).toEqual([
    { phone_e164: '+13125550103', label: 'mobile', sms_opt_in: true },
  ]);

  // A call from that phone is asked only for the PIN; it shows on the page once made.
  const call = { CallSid: `CA${'b'.repeat(32)}`, From: '+13125550103', To: '+13125550100' };
  await webhook('/api/v1/hotline/voice', call);
  const pinPrompt = await webhook('/api/v1/hotline/voice/language', { ...call, Digits: '1' });
  expect(pinPrompt).toContain('Enter your PIN');
  const answer = await webhook(`/api/v1/hotline/voice/pin?lang=en&via=registered&attempt=1`, { ...call, Digits: '135790' });
  expect(answer).toMatch(/test today|No test today/);
  await page.reload();
  const calls = page.locator('#hotline-calls-heading + * table, section:has(#hotline-calls-heading) table');
  await calls.locator('td', { hasText: '+1•••••0103' }).first().waitFor();
  await expectAccessible(page, 'participant page with phone numbers and calls');
  await screenshot(page, 'coordinator-participant-hotline-desktop');

  await page.goto('/testing-board');
  await page.locator('#hotline-board-heading').waitFor();
  await page.locator('section:has(#hotline-board-heading) td', { hasText: '+1•••••0103' }).first().waitFor();
  await expectAccessible(page, 'testing board with the hotline log');
  await context.close();
});

test('a participant registers their own phone on their page, at phone width, and a judge sees numbers without changing them', async () => {
  const { context, page } = await newPage(browser, system.url, PHONE);
  await signInParticipant(page, 'DEMO', 'D-0004');
  const section = page.locator('section.phone-numbers');
  await section.waitFor();
  const form = section.locator('form');
  await form.locator('input[name=phoneE164]').fill('+1 312 555 0104');
  await form.locator('button[type=submit]').click();
  await section.locator('li', { hasText: '+13125550104' }).waitFor();
  await expectAccessible(page, "participant's own page with their phone numbers");
  await screenshot(page, 'participant-phone-numbers-phone');
  await context.close();

  const judge = await newPage(browser, system.url);
  await signInStaff(judge.page, 'judge');
  const [{ id }] = await system.query<{ id: string }>(`SELECT id FROM participants WHERE participant_number = 'D-0004'`);
  await judge.page.goto(`/participants/${id}`);
  await judge.page.locator('section.phone-numbers li', { hasText: '+13125550104' }).waitFor();
  expect(await judge.page.locator('section.phone-numbers form').count()).toBe(0);
  expect(await judge.page.locator('section.phone-numbers button').count()).toBe(0);
  await judge.context.close();
});

test("a court administrator sets the court's hotline and help numbers on the court settings screen", async () => {
  const { context, page } = await newPage(browser, system.url);
  await signInStaff(page, 'courtadmin');
  await page.goto('/administration/court');
  const help = page.locator('input[name=helpNumber]');
  await help.waitFor();
  expect(await page.locator('input[name=hotlineNumber]').inputValue()).toBe('+13125550100');
  await help.fill('312 555 0198');
  await page.locator('form button[type=submit]').click();
  await page.locator('.field-error').first().waitFor();
  expect(await help.inputValue()).toBe('312 555 0198');
  await help.fill('+13125550198');
  await page.locator('form button[type=submit]').click();
  await page.locator('[role=status]', { hasText: /./ }).first().waitFor();
  expect(await system.query(`SELECT help_number FROM courts WHERE code = 'DEMO'`)).toEqual([{ help_number: '+13125550198' }]);
  await expectAccessible(page, 'court settings with the hotline numbers');
  await context.close();
});
