/**
 * Debian's Chromium driven by playwright-core (npm cannot download
 * browsers here), with the flags a closed network and a root user need.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Secret, TOTP } from 'otpauth';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { DEMO_TOTP_SECRET } from '../../apps/cli/src/seed/access.seeder';
import { ensureSystemProgram } from '../../tools/services/system-package';

export const DESKTOP = { width: 1366, height: 900 };
export const PHONE = { width: 390, height: 844 };
/**
 * Where screenshots go: an ignored folder, so a test run never rewrites
 * tracked files. `npm run screenshots` points it at docs/screenshots (the
 * README's gallery) when someone means to refresh the gallery.
 */
export const SCREENSHOTS = resolve(__dirname, '../..', process.env.SCREENSHOTS_DIR ?? 'test-results/screenshots');

export function launchBrowser(): Promise<Browser> {
  const executablePath = ensureSystemProgram({
    commands: ['chromium', 'chromium-browser'],
    debianPackage: 'chromium',
    howToInstall: 'Chromium is not installed: the browser tests need it (`sudo apt-get install chromium` on Debian/Ubuntu).',
  });
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export async function newPage(browser: Browser, baseURL: string, viewport = DESKTOP, locale = 'en-US'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, viewport, locale });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  trackRequests(page);
  return { context, page };
}

/**
 * Requests that stay open for as long as the page does: the alert bell's
 * stream. Playwright's `networkidle` waits for them to end, which they never
 * do on a staff screen, so `waitForQuietNetwork` leaves them out.
 */
const LONG_LIVED = /\/api\/v1\/me\/alerts\/stream/;

interface RequestTracker {
  open: Set<unknown>;
  lastActivity: number;
}
const trackers = new WeakMap<Page, RequestTracker>();

function trackRequests(page: Page): void {
  const tracker: RequestTracker = { open: new Set(), lastActivity: Date.now() };
  trackers.set(page, tracker);
  page.on('request', (request) => {
    if (LONG_LIVED.test(request.url())) return;
    tracker.open.add(request);
    tracker.lastActivity = Date.now();
  });
  for (const settled of ['requestfinished', 'requestfailed'] as const) {
    page.on(settled, (request) => {
      if (tracker.open.delete(request)) tracker.lastActivity = Date.now();
    });
  }
}

/** Every request but the long-lived ones has ended, and nothing has started or ended for `quietMs`. */
export async function waitForQuietNetwork(page: Page, quietMs = 500, timeoutMs = 15_000): Promise<void> {
  const tracker = trackers.get(page);
  if (!tracker) throw new Error('waitForQuietNetwork needs a page made by newPage');
  const deadline = Date.now() + timeoutMs;
  while (tracker.open.size > 0 || Date.now() - tracker.lastActivity < quietMs) {
    if (Date.now() > deadline) throw new Error(`the network did not go quiet within ${timeoutMs} ms (${tracker.open.size} requests open)`);
    await page.waitForTimeout(50);
  }
}

/** The demo accounts enrolled in a second factor (the seed's DEMO_TOTP_SECRET). */
const DEMO_SECOND_FACTOR_ACCOUNTS = new Set(['sysadmin', 'courtadmin', 'judge', 'judge2']);
const STEP_MS = 30_000;
/** The last time step each account's code was given for in this test file: the system accepts each step once. */
const lastStepGiven = new Map<string, number>();

/**
 * A fresh code of a demo account's second factor (undefined for accounts
 * without one). The system accepts the step before, the current one and the
 * next, each once, so several sign-ins of one account in half a minute take
 * successive steps, waiting only when all three are used.
 */
export async function demoSecondFactorCode(username: string): Promise<string | undefined> {
  if (!DEMO_SECOND_FACTOR_ACCOUNTS.has(username)) return undefined;
  const now = Date.now();
  const current = Math.floor(now / STEP_MS);
  // The step before only early in a step, so it is still accepted when the request arrives.
  const earliest = now - current * STEP_MS < 20_000 ? current - 1 : current;
  const step = Math.max(earliest, (lastStepGiven.get(username) ?? -Infinity) + 1);
  if (step > current + 1) await new Promise((resolveWait) => setTimeout(resolveWait, (step - 1) * STEP_MS - now + 200));
  lastStepGiven.set(username, step);
  return new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(DEMO_TOTP_SECRET) }).generate({ timestamp: step * STEP_MS });
}

// Fields are found by their names (the API's field names), so these work in every language.
export async function signInStaff(page: Page, username: string, password = 'demo-password'): Promise<void> {
  await page.goto('/sign-in');
  await page.locator('input[name=username]').fill(username);
  await page.locator('input[name=password]').fill(password);
  await page.locator('form button[type=submit]').click();
  const code = await demoSecondFactorCode(username);
  if (code) {
    // The page asks for the second factor once the password is right.
    await page.locator('input[name=totp]').fill(code);
    await page.locator('form button[type=submit]').click();
  }
  await page.locator('header.top').waitFor();
}

export async function signInParticipant(page: Page, court: string, participantNumber: string, pin = '135790'): Promise<void> {
  await page.goto('/sign-in');
  await page.getByRole('tab').nth(1).click();
  await page.locator('input[name=court]').fill(court);
  await page.locator('input[name=participantNumber]').fill(participantNumber);
  await page.locator('input[name=pin]').fill(pin);
  await page.locator('form button[type=submit]').click();
  await page.locator('header.top').waitFor();
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core'), 'utf8');

export interface AccessibilityViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * The WCAG 2.1 A and AA rules axe-core can check automatically (contrast,
 * labels, names, landmarks, ARIA use…), run in the page as it is now.
 */
export async function accessibilityViolations(page: Page): Promise<AccessibilityViolation[]> {
  // Evaluated through the browser's debugging protocol, which the page's content security policy
  // does not govern: a <script> tag would be refused (script-src 'self'), and the tests keep the policy on.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    // This runs in the page, where axe-core's script put `axe` on the window.
    const browserGlobal = globalThis as unknown as {
      document: unknown;
      axe: { run: (context: unknown, options: object) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }> }> };
    };
    const result = await browserGlobal.axe.run(browserGlobal.document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  });
}

/** A full-page screenshot into SCREENSHOTS; JPEG keeps the gallery a few MB. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SCREENSHOTS, `${name}.jpg`), type: 'jpeg', quality: 70, fullPage: true, animations: 'disabled' });
}
