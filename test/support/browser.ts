/**
 * Debian's Chromium driven by playwright-core (npm cannot download
 * browsers here), with the flags a closed network and a root user need.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { ensureSystemProgram } from '../../tools/services/system-package';

export const DESKTOP = { width: 1366, height: 900 };
export const PHONE = { width: 390, height: 844 };
/** The README links this folder: every screen at desktop and phone width. */
export const SCREENSHOTS = resolve(__dirname, '../../docs/screenshots');

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

export async function newPage(browser: Browser, baseURL: string, viewport = DESKTOP): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, viewport, locale: 'en-US' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
}

export async function signInStaff(page: Page, username: string, password = 'demo-password'): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

export async function signInParticipant(page: Page, court: string, participantNumber: string, pin = '135790'): Promise<void> {
  await page.goto('/sign-in');
  await page.getByRole('tab', { name: 'Participant' }).click();
  await page.getByLabel('Court code').fill(court);
  await page.getByLabel('Participant number').fill(participantNumber);
  await page.getByLabel('PIN').fill(pin);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/** A full-page screenshot into docs/screenshots (the README's gallery). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });
}
