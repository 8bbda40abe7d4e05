/**
 * The administration in a real browser, against the system `npm start`
 * starts: the audit log in words, a case manager's repeated looks at one
 * record folded into one line that opens to each time; every administration
 * screen at 360 px with its menu behind one button and no control off the
 * screen's edge; the measures' charts with round axis steps, labelled
 * reference lines and figures tables that fit a phone. Axe-clean at desktop
 * and phone widths. And a case manager of a court that asks every staff
 * role for a second factor, at the first sign-in, scans the key's QR code.
 */
import { Secret, TOTP } from 'otpauth';
import { Browser, Page } from 'playwright-core';
import { accessibilityViolations, DESKTOP, launchBrowser, newPage, screenshot, signInStaff, waitForQuietNetwork } from '../support/browser';
import { RunningSystem, startSystem } from '../support/running-system';

jest.setTimeout(300_000);

/** The narrowest phone the administration is laid out for. */
const NARROW = { width: 360, height: 780 };

let system: RunningSystem;
let browser: Browser;
/** Puts back the court administrator's saved language after a test that changed it. */
let afterEnglish: (() => Promise<unknown>) | undefined;

beforeAll(async () => {
  [system, browser] = await Promise.all([startSystem(), launchBrowser()]);
});

afterEach(async () => {
  await afterEnglish?.();
  afterEnglish = undefined;
});

afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

async function expectAccessible(page: Page, where: string): Promise<void> {
  expect({ where, violations: await accessibilityViolations(page) }).toEqual({ where, violations: [] });
}

interface Box {
  getBoundingClientRect(): { left: number; right: number; width: number; height: number };
  textContent: string | null;
  tagName: string;
  className: unknown;
  getAttribute(n: string): string | null;
}

/**
 * Controls (buttons, links, fields, disclosures) shown on the page whose box
 * crosses the viewport's left or right edge, and the page's own sideways
 * overflow (with, when there is some, the outermost elements that cause it).
 */
async function offScreen(page: Page): Promise<{ overflow: number; controls: string[]; widest?: string[] }> {
  return page.evaluate(() => {
    const view = globalThis as unknown as {
      innerWidth: number;
      document: { documentElement: { scrollWidth: number }; querySelectorAll(s: string): ArrayLike<Box> };
    };
    const width = view.innerWidth;
    const controls = Array.from(view.document.querySelectorAll('main button, main a, main input, main select, main textarea, main summary, nav button, nav a'))
      .filter((el) => {
        const box = el.getBoundingClientRect();
        // Not shown (display: none, a closed disclosure's content) or visually hidden for screen readers only.
        if (box.width <= 1 || box.height <= 1) return false;
        return box.left < -0.5 || box.right > width + 0.5;
      })
      .map((el) => `${el.tagName.toLowerCase()} “${(el.textContent ?? el.getAttribute('name') ?? '').trim().slice(0, 40)}”`);
    const overflow = view.document.documentElement.scrollWidth - width;
    if (overflow <= 0) return { overflow: 0, controls };
    // Elements past the edge that no scrolling box of theirs clips: those push the page sideways.
    const clipped = (el: Box & { parentElement?: unknown }) => {
      for (let up = el.parentElement as (Box & { parentElement?: unknown }) | null; up; up = up.parentElement as typeof up) {
        const style = (globalThis as unknown as { getComputedStyle(e: unknown): { overflowX: string } }).getComputedStyle(up);
        if (style.overflowX !== 'visible') return true;
      }
      return false;
    };
    const widest = Array.from(view.document.querySelectorAll('body *'))
      .filter((el) => el.getBoundingClientRect().right > width + 0.5 && !clipped(el))
      .slice(0, 6)
      .map((el) => `${el.tagName.toLowerCase()}.${String(el.className)} ${Math.round(el.getBoundingClientRect().right)}`);
    return { overflow, controls, widest };
  });
}

test('the audit log reads in words, and a case manager’s repeated looks at one record are one line that opens to each time', async () => {
  const [who] = await system.query<{ id: string; participant_number: string; first_name: string; last_name: string }>(
    `SELECT p.id, p.participant_number, p.first_name, p.last_name FROM participants p JOIN courts c ON c.id = p.court_id
      WHERE c.code = 'DEMO' AND p.participant_number IS NOT NULL AND p.status = 'active' ORDER BY p.participant_number LIMIT 1`,
  );
  const name = `${who.first_name} ${who.last_name} (${who.participant_number})`;

  const staff = await newPage(browser, system.url, DESKTOP);
  await signInStaff(staff.page, 'casemanager');
  for (let i = 0; i < 3; i++) {
    await staff.page.goto(`/participants/${who.id}`);
    await staff.page.locator('#actions-heading').waitFor();
    await waitForQuietNetwork(staff.page);
  }
  await staff.context.close();
  const [{ reads }] = await system.query<{ reads: number }>(
    `SELECT count(*)::int AS reads FROM audit_events e JOIN users u ON u.id = e.actor_user_id
      WHERE u.username = 'casemanager' AND e.action = 'participant.read' AND $1 = ANY(e.participant_ids) AND e.occurred_at > now() - interval '10 minutes'`,
    [who.id],
  );
  expect(reads).toBeGreaterThanOrEqual(3);

  const { context, page } = await newPage(browser, system.url, DESKTOP);
  await signInStaff(page, 'courtadmin');
  await page.goto('/administration/audit');
  await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
  const table = page.getByRole('table', { name: /Audit events, newest first/ });
  // The looks are one line: its summary names the participant and counts the looks.
  const run = table.locator('summary', { hasText: `Viewed the record of ${name}, ${reads} times, ` });
  await run.waitFor();
  expect(await run.count()).toBe(1);
  // Actions are sentences, not codes; the participant is named in their own column too.
  expect(await table.locator('td.col-action code').count()).toBe(0);
  expect(await table.getByText('participant.read', { exact: true }).count()).toBe(0);
  await table.getByRole('cell', { name: name, exact: true }).first().waitFor();
  // Opened by keyboard, the line lists each look's time.
  await run.focus();
  await page.keyboard.press('Enter');
  const times = page.getByRole('list', { name: 'Each time' }).first();
  await times.waitFor();
  expect(await times.getByRole('listitem').count()).toBe(reads);
  await expectAccessible(page, 'audit log, desktop');
  await screenshot(page, 'ui-audit-log-desktop');

  await page.setViewportSize(NARROW);
  await run.scrollIntoViewIfNeeded();
  expect(await offScreen(page)).toEqual({ overflow: 0, controls: [] });
  await expectAccessible(page, 'audit log, phone');
  await screenshot(page, 'ui-audit-log-phone');

  // In Spanish, the same line in Spanish.
  await page.setViewportSize(DESKTOP);
  // The choice is saved with the account: the screens after this one are read in English again.
  const [{ saved }] = await system.query<{ saved: string | null }>(`SELECT language AS saved FROM users WHERE username = 'courtadmin'`);
  afterEnglish = () => system.query(`UPDATE users SET language = $1 WHERE username = 'courtadmin'`, [saved]);
  await page.locator('header.top label.language select').selectOption('es');
  await page.getByRole('heading', { level: 1, name: 'Registro de auditoría' }).waitFor();
  await waitForQuietNetwork(page);
  const summaries = await page.locator('main table summary').allTextContents();
  expect(summaries.filter((text) => text.startsWith(`Vio el expediente de ${name}, ${reads} veces, `))).toHaveLength(1);
  await expectAccessible(page, 'audit log, Spanish');
  await context.close();
});

test('every administration screen fits 360 px: the menu folds behind one button, no control crosses the edge', async () => {
  const { context, page } = await newPage(browser, system.url, NARROW);
  await signInStaff(page, 'courtadmin');
  const [program] = await system.query<{ id: string }>(`SELECT p.id FROM programs p JOIN courts c ON c.id = p.court_id WHERE c.code = 'DEMO' ORDER BY p.code LIMIT 1`);
  const [judge] = await system.query<{ id: string }>(`SELECT id FROM users WHERE username = 'judge'`);
  const screens: [string, RegExp][] = [
    ['/administration/programs', /^Programs$/],
    [`/administration/programs/${program.id}`, /.+/],
    [`/administration/programs/${program.id}/catalogue`, /^Sanctions and incentives of/],
    ['/administration/court', /^Court settings$/],
    ['/administration/testing-sites', /^Testing sites$/],
    ['/administration/provider-organisations', /^Provider organisations$/],
    ['/administration/holidays', /^Holidays$/],
    ['/administration/users', /^Users and roles$/],
    [`/administration/users/${judge.id}`, /.+/],
    ['/administration/audit', /^Audit log$/],
    ['/administration/import', /^Import from a spreadsheet$/],
  ];
  for (const [path, heading] of screens) {
    await page.goto(path);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await waitForQuietNetwork(page);
    const menu = page.getByRole('navigation', { name: 'Main menu' });
    const toggle = menu.getByRole('button', { name: /^Menu/ });
    expect({ path, expanded: await toggle.getAttribute('aria-expanded'), links: await menu.getByRole('link').count() }).toEqual({ path, expanded: 'false', links: 0 });
    expect({ path, ...(await offScreen(page)) }).toEqual({ path, overflow: 0, controls: [] });
  }

  // By keyboard: the button opens the menu, Escape closes it and leaves focus on the button.
  const menu = page.getByRole('navigation', { name: 'Main menu' });
  const toggle = menu.getByRole('button', { name: 'Menu: Import' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  expect(await toggle.getAttribute('aria-expanded')).toBe('true');
  await menu.getByRole('link', { name: 'Audit log' }).waitFor();
  expect(await offScreen(page)).toEqual({ overflow: 0, controls: [] });
  await expectAccessible(page, 'menu open, phone');
  await screenshot(page, 'ui-admin-menu-open-phone');
  await page.keyboard.press('Escape');
  expect(await toggle.getAttribute('aria-expanded')).toBe('false');
  expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { textContent: string | null } | null } }).document.activeElement?.textContent)).toContain('Menu: Import');
  // Choosing a screen goes there and folds the menu again.
  await page.keyboard.press('Enter');
  await menu.getByRole('link', { name: 'Users' }).click();
  await page.getByRole('heading', { level: 1, name: 'Users and roles' }).waitFor();
  expect(await menu.getByRole('button', { name: 'Menu: Users' }).getAttribute('aria-expanded')).toBe('false');
  await expectAccessible(page, 'users, phone');
  await screenshot(page, 'ui-admin-users-phone');

  // Wider than a phone, the menu is a row of links and no button.
  await page.setViewportSize(DESKTOP);
  expect(await menu.getByRole('button').count()).toBe(0);
  await menu.getByRole('link', { name: 'Audit log' }).waitFor();
  await context.close();
});

test('the measures’ charts step by round numbers, draw labelled reference lines, and their figures fit a phone', async () => {
  const { context, page } = await newPage(browser, system.url, DESKTOP);
  await signInStaff(page, 'coordinator');
  await page.goto('/measures');
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.locator('figure.chart').first().waitFor();
  await waitForQuietNetwork(page);
  const deadline = page.locator('figure.chart', { hasText: 'The 72-hour deadline' });
  const weekend = page.locator('figure.chart', { hasText: /Weekends: 2 days in 7/ });
  expect(await deadline.count()).toBe(1);
  expect(await weekend.count()).toBe(1);
  // The deadline line sits at 72 on an axis of round steps that reaches it.
  const axis = (await deadline.locator('svg text[text-anchor="end"]').allTextContents()).filter((text) => /^[\d.,]+$/.test(text)).map((text) => Number(text.replace(/,/g, '')));
  const steps = axis.slice(1).map((value, i) => value - axis[i]);
  expect(axis[0]).toBe(0);
  expect(new Set(steps.map((s) => s.toFixed(6))).size).toBe(1);
  expect([1, 2, 5]).toContain(Number((steps[0] / 10 ** Math.floor(Math.log10(steps[0]))).toPrecision(6)));
  expect(axis[axis.length - 1]).toBeGreaterThanOrEqual(72);
  await expectAccessible(page, 'measures, desktop');
  await screenshot(page, 'ui-measures-charts-desktop');

  await page.setViewportSize(NARROW);
  for (const summary of await page.locator('details.chart-data > summary').all()) await summary.click();
  expect(await offScreen(page)).toEqual({ overflow: 0, controls: [] });
  await expectAccessible(page, 'measures, phone, figures open');
  await context.close();
});

test('where a court asks every staff role for a second factor, a case manager’s first sign-in shows the key as a QR code beside the typed key', async () => {
  await system.query(`UPDATE courts SET mfa_required_roles = ARRAY['coordinator', 'case_manager', 'treatment_provider', 'testing_site'] WHERE code = 'HOPE'`);
  const { context, page } = await newPage(browser, system.url, NARROW);
  await page.goto('/sign-in');
  await page.locator('input[name=username]').fill('casemanager2');
  await page.locator('input[name=password]').fill('demo-password');
  await page.locator('form button[type=submit]').click();
  await page.getByRole('heading', { level: 1, name: 'Set up a second factor' }).waitFor();
  await page.getByRole('button', { name: 'Set up the authenticator app' }).click();
  const qr = page.getByRole('img', { name: 'QR code of your sign-in key, for an authenticator app' });
  await qr.waitFor();
  // A QR symbol: a square of modules with its quiet zone, drawn, and inside the phone's width.
  const [side, drawn] = [await qr.getAttribute('viewBox'), await qr.locator('path').getAttribute('d')];
  expect(side).toMatch(/^0 0 (\d+) \1$/);
  expect((drawn ?? '').split('M').length).toBeGreaterThan(200);
  expect(await offScreen(page)).toEqual({ overflow: 0, controls: [] });
  await expectAccessible(page, 'second factor with QR code, phone');
  await screenshot(page, 'ui-second-factor-qr-phone');
  await page.setViewportSize(DESKTOP);
  await expectAccessible(page, 'second factor with QR code, desktop');
  // The key beside it is the one the code stands for: its code completes the sign-in.
  const secret = (await page.locator('.secret code').innerText()).trim();
  await page.getByLabel('Code from your authenticator app').fill(new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate());
  await page.getByRole('button', { name: 'Confirm' }).click();
  await page.locator('header.top').waitFor();
  await context.close();
});
