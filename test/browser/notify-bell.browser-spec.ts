/**
 * The bell and the development outbox in a real browser, against the system
 * started as `npm start` starts it (its own mail catcher included): the
 * coordinator sees the demo's alerts counted in the header, a new alert
 * raised through the worker updates the count without a reload, the list
 * links to the record, email preferences are saved, and the court
 * administrator reads every email the system sent in the development outbox.
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

/** A staff alert raised as the domain raises one: the row, and its fan-out job through the outbox (which the worker relays and runs). */
async function raiseAlert(username: string, participantNumber: string): Promise<void> {
  const [row] = await system.query<{ id: string }>(
    `INSERT INTO staff_alerts (court_id, user_id, kind, event_key, params, link)
     SELECT m.court_id, u.id, 'violation-escalated', 'browser:' || gen_random_uuid(),
            jsonb_build_object('participantNumber', p.participant_number, 'deadline', '2026-12-09 09:00'), '/participants/' || p.id
       FROM users u JOIN court_memberships m ON m.user_id = u.id JOIN participants p ON p.court_id = m.court_id
      WHERE u.username = $1 AND p.participant_number = $2
     RETURNING id`,
    [username, participantNumber],
  );
  await system.query(`INSERT INTO outbox_events (queue, job_name, job_key, payload) VALUES ('notifications', 'notifications.alert-raised', $1, $2)`, [
    `alert:${row.id}`,
    JSON.stringify({ alertId: row.id }),
  ]);
}

const bell = (page: Page) => page.locator('header.top a.bell');
const bellSays = (page: Page, unread: number, timeout = 15_000) =>
  page.waitForFunction((n) => document.querySelector('header.top a.bell')?.getAttribute('aria-label') === `Alerts: ${n} unread`, unread, { timeout });

test('the bell counts the unread alerts, updates live without a reload, lists them with links, and saves email preferences', async () => {
  await system.query(`UPDATE users SET email = 'coordinator@demo.example' WHERE username = 'coordinator'`);
  const { context, page } = await newPage(browser, system.url, DESKTOP);
  await signInStaff(page, 'coordinator');
  const [{ n: unread }] = await system.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM staff_alerts a JOIN users u ON u.id = a.user_id WHERE u.username = 'coordinator' AND a.read_at IS NULL`,
  );
  await bellSays(page, unread);
  await expectAccessible(page);
  await screenshot(page, 'notify-bell-desktop');

  // Email for each alert, chosen on the preferences page (reached from the list).
  await bell(page).click();
  await page.getByRole('heading', { level: 1, name: 'Alerts' }).waitFor();
  await page.getByRole('link', { name: 'Alerts by email' }).click();
  await page.getByLabel('Email me').selectOption('each');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  await expectAccessible(page);

  // A new alert raised through the worker: the count moves on the open page, nothing reloaded.
  await page.goto('/alerts');
  await page.getByRole('heading', { level: 1, name: 'Alerts' }).waitFor();
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
  await raiseAlert('coordinator', 'D-0004');
  await bellSays(page, unread + 1, 30_000);
  await page.getByRole('link', { name: 'Violation overdue: D-0004' }).first().waitFor();
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  await expectAccessible(page);
  await screenshot(page, 'notify-alerts-desktop');

  // Following an alert opens its record and marks it read; then the rest at once.
  await page.getByRole('link', { name: 'Violation overdue: D-0004' }).first().click();
  await page.waitForURL(/\/participants\/[0-9a-f-]+$/);
  await bellSays(page, unread);
  await bell(page).click();
  await page.getByRole('button', { name: 'Mark all read' }).click();
  await bellSays(page, 0);
  await context.close();
});

test('the development outbox shows the court administrator every email the system sent, reached from the administration menu', async () => {
  // The alert email of the test above went to the local mail catcher, and is in the outbox.
  const { context, page } = await newPage(browser, system.url, DESKTOP);
  await signInStaff(page, 'courtadmin');
  await page.getByRole('navigation').getByRole('link', { name: 'Development outbox' }).click();
  await page.getByRole('heading', { level: 1, name: 'Development outbox' }).waitFor();
  await page.getByText('coordinator@demo.example').first().waitFor({ timeout: 60_000 });
  await page.getByText('Violation overdue: D-0004').first().waitFor();
  const [mail] = await system.query<{ status: string; provider: string }>(
    `SELECT status, provider FROM notification_messages WHERE address = 'coordinator@demo.example' ORDER BY created_at DESC LIMIT 1`,
  );
  expect(mail).toEqual({ status: 'sent', provider: 'smtp' });
  await expectAccessible(page);
  await screenshot(page, 'notify-dev-outbox-desktop');

  // The program's texts, on its administration page.
  const [program] = await system.query<{ id: string }>(`SELECT p.id FROM programs p JOIN courts c ON c.id = p.court_id WHERE c.code = 'DEMO' AND p.code = 'ATC'`);
  await page.goto(`/administration/programs/${program.id}`);
  await page.getByRole('heading', { level: 2, name: 'Texts to participants' }).waitFor();
  await page.getByLabel('Court date reminders').uncheck();
  await page.getByLabel('Missed call-in notice').check();
  await page.getByRole('button', { name: 'Save texts' }).click();
  await page.getByRole('status').filter({ hasText: 'Texts saved.' }).waitFor();
  expect(await system.query(`SELECT court_date_reminders, missed_call_in_notice FROM program_message_settings WHERE program_id = $1`, [program.id])).toEqual([
    { court_date_reminders: false, missed_call_in_notice: true },
  ]);
  await expectAccessible(page);
  await context.close();

  // The coordinator has no such menu entry, and on a phone keeps the bell.
  const phone = await newPage(browser, system.url, PHONE);
  await signInStaff(phone.page, 'coordinator');
  await bell(phone.page).waitFor();
  expect(await phone.page.getByRole('link', { name: 'Development outbox' }).count()).toBe(0);
  await expectAccessible(phone.page);
  await phone.context.close();
});
