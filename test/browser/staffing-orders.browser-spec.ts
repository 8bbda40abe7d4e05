/**
 * Staffing, the bench and the written order in a real browser, against the
 * system started as `npm start` starts it: the team records a
 * recommendation (a refusal shown beside its field, what was typed kept) and
 * a dissent; the judge sees the recommendation and the dissent on the bench
 * card, the outcome form filled in from it, and records the hearing, whose
 * sanction gets its written order. Axe-clean, desktop and phone.
 */
import { Browser, Page } from 'playwright-core';
import { accessibilityViolations, DESKTOP, launchBrowser, newPage, PHONE, screenshot, signInParticipant, signInStaff } from '../support/browser';
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

/** Today's DEMO session, and the participant the demo's staffing recommends a curfew for. */
async function demoStaffing() {
  const [row] = await system.query<{ session_id: string; participant_id: string; number: string; last_name: string }>(
    `SELECT r.session_id, p.id AS participant_id, p.participant_number AS number, p.last_name
       FROM staffing_recommendations r JOIN participants p ON p.id = r.participant_id JOIN courts c ON c.id = r.court_id WHERE c.code = 'DEMO'`,
  );
  return row;
}

test('the team records a recommendation (a refusal beside its field, the entry kept) and a dissent', async () => {
  const { session_id: sessionId } = await demoStaffing();
  const { context, page } = await newPage(browser, system.url, DESKTOP);
  await signInStaff(page, 'coordinator');
  await page.goto(`/staffing/${sessionId}`);
  await page.getByRole('heading', { level: 1, name: /^Staffing for the session of/ }).waitFor();
  // The demo's recommendation, with the case manager's dissent.
  await page.getByText('A curfew is too much for now: a writing assignment first.').waitFor();

  const unstaffed = page.locator('article', { has: page.getByText('No recommendation recorded yet.') }).first();
  const name = (await unstaffed.getByRole('heading', { level: 2 }).innerText()).split(' · ')[0];
  // Held by its name: once saved, it is no longer the first without a recommendation.
  const card = page.locator('article', { has: page.getByRole('heading', { level: 2, name: new RegExp(`^${name} ·`) }) });
  await card.getByText("Record the team's recommendation").click();
  await card.getByRole('button', { name: 'Add a response' }).click();
  const response = card.getByLabel('Response 1');
  await response.selectOption((await response.locator('option', { hasText: 'Community service' }).first().getAttribute('value'))!);
  await card.getByLabel('Hours of community service').fill('0.1');
  await card.getByLabel("The team's reasons").fill('Missed two treatment sessions; hours rather than jail.');
  await card.getByRole('button', { name: 'Save the recommendation' }).click();
  await card.locator('.field-error').first().waitFor();
  expect(await card.locator('.field-invalid').filter({ has: page.getByLabel('Hours of community service') }).innerText()).toMatch(/must not be greater than|must not be less than/);
  expect(await card.getByLabel("The team's reasons").inputValue()).toBe('Missed two treatment sessions; hours rather than jail.');
  await expectAccessible(page);

  await card.getByLabel('Hours of community service').fill('8');
  await card.getByRole('button', { name: 'Save the recommendation' }).click();
  await card.getByRole('status').filter({ hasText: 'Recommendation saved.' }).waitFor();
  await card.getByText('Missed two treatment sessions; hours rather than jail.').first().waitFor();
  await screenshot(page, 'staffing-coordinator-desktop');
  await context.close();

  const staff = await newPage(browser, system.url, PHONE);
  await signInStaff(staff.page, 'casemanager');
  await staff.page.goto(`/staffing/${sessionId}`);
  const theirs = staff.page.locator('article', { has: staff.page.getByRole('heading', { level: 2, name: new RegExp(name) }) });
  await theirs.getByLabel('I dissent').check();
  await theirs.getByLabel('Your reason (most useful with a dissent)').fill('Eight hours is too many with a new job.');
  await theirs.getByRole('button', { name: 'Record my position' }).click();
  await theirs.getByText('Eight hours is too many with a new job.').waitFor();
  await expectAccessible(staff.page);
  await screenshot(staff.page, 'staffing-case-manager-phone');
  await staff.context.close();
});

test('the judge sees the recommendation and the dissent on the bench, the outcome form filled in from it; the sanction gets its order, which the participant and the team open', async () => {
  const demo = await demoStaffing();
  const { context, page } = await newPage(browser, system.url, DESKTOP);
  await signInStaff(page, 'judge');
  await page.goto(`/bench/${demo.session_id}`);
  await page.getByRole('navigation', { name: 'Participants on the docket' }).getByRole('button', { name: new RegExp(demo.last_name) }).click();
  const recommendation = page.getByRole('region', { name: "The team's recommendation" });
  await recommendation.getByText('Curfew').first().waitFor();
  await recommendation.getByText('A curfew is too much for now: a writing assignment first.').waitFor();
  await page.getByText("Filled in from the team's recommendation: change anything before recording.").waitFor();
  const chosen = await page.getByLabel('Response 1').locator('option:checked').innerText();
  expect(chosen).toMatch(/Curfew/);
  await expectAccessible(page);
  await screenshot(page, 'staffing-bench-desktop');

  // Nothing is recorded without the attendance chosen: the participant was present.
  await page.getByRole('radio', { name: 'Appeared' }).check();
  await page.getByRole('button', { name: 'Record and go to the next participant' }).click();
  await page.getByText(/Hearing of .+ recorded at/).waitFor();
  const [order] = await system.query<{ id: string }>(
    `SELECT o.id FROM court_orders o JOIN hearings h ON h.id = o.hearing_id WHERE o.participant_id = $1 AND h.session_id = $2`,
    [demo.participant_id, demo.session_id],
  );
  expect(order).toBeDefined();
  await context.close();

  // The participant opens it from their own page, on their phone.
  const own = await newPage(browser, system.url, PHONE);
  await signInParticipant(own.page, 'DEMO', demo.number);
  const orders = own.page.getByRole('region', { name: 'Court orders' });
  await orders.waitFor();
  await expectAccessible(own.page);
  await screenshot(own.page, 'staffing-participant-orders-phone');
  const [pdf] = await Promise.all([own.page.waitForEvent('popup'), orders.getByRole('button').first().click()]);
  await pdf.waitForLoadState();
  expect(pdf.url()).toMatch(/^blob:/);
  await pdf.setViewportSize(DESKTOP);
  await pdf.waitForTimeout(1500);
  await screenshot(pdf, 'staffing-order-pdf-desktop');
  await own.context.close();

  // The coordinator finds the same order on the participant's page.
  const team = await newPage(browser, system.url, DESKTOP);
  await signInStaff(team.page, 'coordinator');
  await team.page.goto(`/participants/${demo.participant_id}`);
  const teamOrders = team.page.getByRole('region', { name: 'Court orders' });
  await teamOrders.waitFor();
  expect(await teamOrders.getByRole('button').count()).toBeGreaterThan(0);
  await expectAccessible(team.page);
  await team.context.close();
});
