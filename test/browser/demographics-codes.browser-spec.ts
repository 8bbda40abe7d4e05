/**
 * Demographics as codes in a real browser, against the system started as
 * `npm start` starts it: the referral asks the federal two questions (and
 * keeps every answer on a refusal), the participant page shows the answers
 * in words, the court's list of free text that did not map links to the
 * correction (which closes that field's issue) and closes one by hand.
 * The measures screen downloads the quarterly report for the funder as a
 * PDF. Axe-clean at desktop and phone widths, in English and Spanish.
 */
import { readFile } from 'node:fs/promises';
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

const openIssues = (number: string) =>
  system.query<{ field: string }>(
    `SELECT i.field FROM demographic_migration_issues i JOIN participants p ON p.id = i.participant_id WHERE p.participant_number = $1 AND i.resolved_at IS NULL ORDER BY 1`,
    [number],
  );

test('a referral answers the two federal questions, keeps them on a refusal, and the participant page shows them in words', async () => {
  const { context, page } = await newPage(browser, system.url, DESKTOP);
  await signInStaff(page, 'casemanager');
  await page.goto('/intake/referral');
  await page.getByRole('heading', { level: 1, name: 'New referral' }).waitFor();
  await page.locator('input[name=firstName]').fill('Rosa');
  await page.locator('input[name=lastName]').fill('Codes');
  await page.locator('select[name=referralSource]').selectOption('defense');
  await page.getByLabel('Are you Hispanic or Latino?').selectOption('not_hispanic_latino');
  const races = page.getByRole('group', { name: 'Race: select one or more' });
  await races.getByLabel('Black or African American').check();
  await races.getByLabel('White', { exact: true }).check();
  await page.getByLabel('Sex', { exact: true }).selectOption('female');
  await page.getByLabel('Gender identity').selectOption('woman');
  await page.getByLabel('Primary language').selectOption('ht');
  // A date of birth after the referral: refused beside its field, every answer kept.
  await page.locator('input[name=dateOfBirth]').fill('2999-01-01');
  await page.getByRole('button', { name: 'Refer' }).click();
  await page.locator('.field-invalid input[name=dateOfBirth]').waitFor();
  expect(await races.getByLabel('White', { exact: true }).isChecked()).toBe(true);
  expect(await page.getByLabel('Primary language').inputValue()).toBe('ht');
  await expectAccessible(page);
  await screenshot(page, 'demographics-referral-desktop');

  await page.locator('input[name=dateOfBirth]').fill('1990-05-01');
  await page.getByRole('button', { name: 'Refer' }).click();
  await page.waitForURL(/\/intake\/[0-9a-f-]{36}$/);
  const id = page.url().split('/').pop()!;
  expect(await system.query(`SELECT ethnicity, races, sex, gender, primary_language FROM participants WHERE id = $1`, [id])).toEqual([
    { ethnicity: 'not_hispanic_latino', races: ['black_african_american', 'white'], sex: 'female', gender: 'woman', primary_language: 'ht' },
  ]);
  await page.goto(`/participants/${id}`);
  const summary = page.getByRole('region', { name: 'Demographics' });
  await summary.getByText('Black or African American, White').waitFor();
  await summary.getByText('Haitian Creole').waitFor();
  await expectAccessible(page);
  await page.setViewportSize(PHONE);
  await page.goto('/intake/referral');
  await page.getByLabel('Are you Hispanic or Latino?').waitFor();
  await expectAccessible(page);
  await screenshot(page, 'demographics-referral-phone');
  await context.close();
});

test('the court administrator lists the free text that did not map and closes one by hand; a case manager corrects one', async () => {
  const admin = await newPage(browser, system.url, DESKTOP);
  await signInStaff(admin.page, 'courtadmin');
  await admin.page.getByRole('link', { name: 'Demographics to correct' }).first().click();
  await admin.page.getByRole('heading', { level: 1, name: 'Demographics to correct' }).waitFor();
  const table = admin.page.getByRole('table', { name: /Free-text demographics that did not map/ });
  await table.getByText('Moreno').waitFor();
  await table.getByText('Masc.').waitFor();
  // The court administrator does not correct a participant's answers (no participant.write): no link to.
  expect(await table.getByRole('link', { name: /^Correct the demographics/ }).count()).toBe(0);
  await expectAccessible(admin.page);
  await screenshot(admin.page, 'demographics-issues-desktop');
  await table.locator('tr', { hasText: 'Moreno' }).getByRole('button', { name: /^Mark resolved: Race of / }).click();
  await admin.page.getByRole('status').filter({ hasText: 'is marked resolved' }).waitFor();
  await table.getByText('Moreno').waitFor({ state: 'detached' });
  expect(await openIssues('D-0012')).toEqual([{ field: 'ethnicity' }]);
  await admin.page.setViewportSize(PHONE);
  await expectAccessible(admin.page);
  await screenshot(admin.page, 'demographics-issues-phone');
  await admin.context.close();

  const { context, page } = await newPage(browser, system.url, DESKTOP, 'es-MX');
  await signInStaff(page, 'casemanager');
  await page.getByLabel('Language').selectOption('es');
  await page.getByLabel('Idioma').waitFor();
  await page.goto('/administration/demographics');
  await page.getByRole('heading', { level: 1, name: 'Datos demográficos por corregir' }).waitFor();
  await page.locator('tr', { hasText: 'Masc.' }).getByRole('link', { name: /^Corregir los datos demográficos de / }).click();
  await page.getByRole('heading', { level: 1, name: /^Datos demográficos de / }).waitFor();
  await expectAccessible(page);
  await page.getByLabel('Identidad de género').selectOption('man');
  await page.getByRole('button', { name: 'Guardar los datos demográficos' }).click();
  await page.getByRole('region', { name: 'Datos demográficos' }).getByText('Hombre').waitFor();
  // Only the answer given closes its issue: the race written as "Mixed" is still to correct.
  expect(await openIssues('D-0011')).toEqual([{ field: 'race' }]);
  await page.getByLabel('Idioma').selectOption('en');
  await page.getByLabel('Language').waitFor();
  await context.close();
});

test('the coordinator downloads the quarterly report for the funder from the measures screen', async () => {
  const { context, page } = await newPage(browser, system.url, DESKTOP);
  await signInStaff(page, 'coordinator');
  await page.goto('/measures');
  const form = page.getByRole('form', { name: 'Quarterly report for the funder' });
  await form.getByLabel('Quarterly report for the funder: quarter').waitFor();
  const quarter = await form.getByLabel('Quarterly report for the funder: quarter').inputValue();
  expect(quarter).toMatch(/^\d{4}-Q[1-4]$/);
  const [download] = await Promise.all([page.waitForEvent('download'), form.getByRole('button', { name: 'Download the quarterly report (PDF)' }).click()]);
  expect(download.suggestedFilename()).toBe(`quarterly-report-${quarter}.pdf`);
  expect((await readFile((await download.path())!)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expectAccessible(page);
  await page.setViewportSize(PHONE);
  await expectAccessible(page);
  await context.close();
});
