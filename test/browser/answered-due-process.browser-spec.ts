/**
 * Due process on the screens, in a real browser against the system started
 * as `npm start` starts it, on the demo data: an overdue violation's
 * dismissal asked for by one coordinator and confirmed by the judge; the
 * HOPE participant awaiting the warning hearing, told so on their phone,
 * asking for treatment; the swiftness measure's hearing, response and
 * dismissed lines. Every write goes through the screen, is checked in the
 * database, and each screen is axe-clean.
 */
import { Browser, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, newPage, PHONE, screenshot, signInParticipant, signInStaff, waitForQuietNetwork } from '../support/browser';
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

/** The participant's page with the violations group open, by keyboard. */
async function openViolations(page: Page, participantId: string): Promise<void> {
  await page.goto(`/participants/${participantId}`);
  await page.locator('#actions-heading').waitFor();
  await page.locator('#action-violation > summary').focus();
  await page.keyboard.press('Enter');
  await page.locator('#action-violation .action-body').waitFor();
}

test('a coordinator asks to dismiss an overdue violation; it stays open until the judge confirms it', async () => {
  const [violation] = await system.query<{ id: string; participant_id: string }>(
    `SELECT v.id, v.participant_id FROM violations v JOIN participants p ON p.id = v.participant_id
      WHERE p.participant_number = 'D-0003' AND v.status = 'open' AND v.deadline_at < now()`,
  );
  const coordinator = await newPage(browser, system.url);
  await signInStaff(coordinator.page, 'coordinator');
  await openViolations(coordinator.page, violation.participant_id);
  const group = coordinator.page.locator('#action-violation');
  await group.getByRole('button', { name: /^Ask to dismiss the / }).click();
  const form = group.locator('form.inline-form');
  // Refused without a reason: the sentence beside the field, nothing written.
  await form.locator('button[type=submit]').click();
  await form.locator('.field-error').first().waitFor();
  await form.locator('input[name=reason]').fill('The test was never ordered that day');
  await form.locator('button[type=submit]').click();
  await group.locator('.dismissal-request').getByText('You asked; a coordinator or judge other than you must confirm it.').waitFor();
  expect(await system.query(`SELECT status, dismissal_request_reason FROM violations WHERE id = $1`, [violation.id])).toEqual([
    { status: 'open', dismissal_request_reason: 'The test was never ordered that day' },
  ]);
  await waitForQuietNetwork(coordinator.page);
  await expectAccessible(coordinator.page, 'dismissal asked for');
  await screenshot(coordinator.page, 'violation-dismissal-asked-desktop');
  await coordinator.context.close();

  const judge = await newPage(browser, system.url);
  await signInStaff(judge.page, 'judge');
  await openViolations(judge.page, violation.participant_id);
  const panel = judge.page.locator('#action-violation .dismissal-request');
  await panel.getByText('Confirm it, or decline it with a reason.').waitFor();
  await waitForQuietNetwork(judge.page);
  await expectAccessible(judge.page, 'dismissal to confirm');
  await screenshot(judge.page, 'violation-dismissal-to-confirm-desktop');
  await panel.getByRole('button', { name: /^Confirm the dismissal of / }).click();
  await panel.waitFor({ state: 'detached' });
  expect(await system.query(`SELECT status, dismissed_reason FROM violations WHERE id = $1`, [violation.id])).toEqual([
    { status: 'dismissed', dismissed_reason: 'The test was never ordered that day' },
  ]);
  await judge.context.close();
});

test('the HOPE participant awaiting the warning hearing is told testing begins after it, asks for treatment from their phone, and their case manager closes the offer', async () => {
  const { context, page } = await newPage(browser, system.url, PHONE);
  await signInParticipant(page, 'HOPE', 'H-0004');
  await page.getByText('Your testing begins after your warning hearing. Until then you do not call in.').waitFor();
  expect(await page.getByRole('button', { name: 'Call in now' }).count()).toBe(0);
  const section = page.locator('section[aria-labelledby=treatment-heading]');
  await section.getByRole('button', { name: 'Ask for treatment' }).click();
  await section.getByText(/^You asked for treatment on /).waitFor();
  expect(await system.query(`SELECT t.source, t.status FROM treatment_proposals t JOIN participants p ON p.id = t.participant_id WHERE p.participant_number = 'H-0004'`)).toEqual([
    { source: 'participant_request', status: 'open' },
  ]);
  expect(
    await system.query(`SELECT u.username FROM staff_alerts a JOIN users u ON u.id = a.user_id WHERE a.kind = 'participant-request'`),
  ).toEqual([{ username: 'casemanager2' }]);
  await waitForQuietNetwork(page);
  await expectAccessible(page, 'participant awaiting the warning hearing');
  await screenshot(page, 'participant-awaiting-warning-hearing-phone');
  await context.close();

  // Their case manager sees the offer on the participant's page and closes it with what became of it.
  const [h4] = await system.query<{ id: string }>(`SELECT id FROM participants WHERE participant_number = 'H-0004'`);
  const staff = await newPage(browser, system.url);
  await signInStaff(staff.page, 'casemanager2');
  await staff.page.goto(`/participants/${h4.id}`);
  const offers = staff.page.locator('section[aria-labelledby=treatment-proposals-heading]');
  await offers.getByText(/the participant asked/).waitFor();
  await waitForQuietNetwork(staff.page);
  await expectAccessible(staff.page, 'treatment offers on the participant page');
  await offers.locator('input[name=note]').fill('Assessment booked with the provider');
  await offers.getByRole('button', { name: 'Close the offer' }).click();
  await offers.getByText('Assessment booked with the provider', { exact: false }).waitFor();
  expect(await system.query(`SELECT t.status FROM treatment_proposals t JOIN participants p ON p.id = t.participant_id WHERE p.participant_number = 'H-0004'`)).toEqual([
    { status: 'closed' },
  ]);
  await staff.context.close();
});

test('the swiftness measure shows the time to the hearing and to the response apart, and the dismissed as their own line', async () => {
  const { context, page } = await newPage(browser, system.url);
  await signInStaff(page, 'coordinator');
  await page.goto('/measures');
  const swiftness = page.locator('section[aria-labelledby=swiftness-heading]');
  await swiftness.getByText('Median time from detection to the hearing').waitFor();
  await swiftness.getByText('Responded to without a hearing').waitFor();
  await swiftness.getByText('Dismissed', { exact: true }).waitFor();
  await waitForQuietNetwork(page);
  await expectAccessible(page, 'measures');
  await context.close();
});
