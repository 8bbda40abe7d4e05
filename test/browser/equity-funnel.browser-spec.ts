/**
 * The referral funnel and the equity view in a real browser, against the
 * system started as `npm start` starts it, on the demo court's past year of
 * referrals: the coordinator reads the funnel and its rejection reasons,
 * groups it, switches to the figures as they may be published (small cells
 * "<5"), and reads the equity view with its line at 0.8 and the groups below
 * it named. A period the API refuses is shown beside its field, the typed
 * dates kept. Axe-clean at desktop and phone widths; the screenshots of both
 * screens are these.
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

test('the coordinator reads the referral funnel, grouped, and as it may be published', async () => {
  const { context, page } = await newPage(browser, system.url, DESKTOP);
  await signInStaff(page, 'coordinator');
  await page.goto('/measures');
  await page.getByRole('navigation', { name: 'Referrals and equity' }).getByRole('link', { name: 'Referral funnel' }).click();
  await page.getByRole('heading', { level: 1, name: 'Referral funnel' }).waitFor();
  const stages = page.getByRole('table', { name: 'The funnel, stage by stage' });
  await stages.getByRole('cell', { name: 'Graduated' }).waitFor();
  await page.getByRole('figure', { name: 'People at each stage' }).waitFor();
  const reasons = page.getByRole('table', { name: 'Why referrals went no further' });
  // An excluded charge by its category, in words.
  await reasons.getByRole('row', { name: /A charge the program excludes Violent offence/ }).waitFor();
  await reasons.getByRole('cell', { name: 'Turned down by the prosecutor' }).waitFor();
  // The team reads the words of a rejection.
  await reasons.getByRole('cell', { name: 'Pending case in another county' }).waitFor();

  await page.getByLabel('Groups by').selectOption('raceEthnicity');
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  const groups = page.getByRole('table', { name: 'Each group at each stage, against its share of those referred' });
  await groups.getByRole('cell', { name: 'Black or African American' }).first().waitFor();
  expect(await groups.getByRole('cell', { name: '<5', exact: true }).count()).toBe(0);
  await expectAccessible(page);
  await screenshot(page, 'equity-funnel-desktop');

  // As it may be published: small cells hidden, no one's words.
  await page.getByLabel('Figures for').selectOption('public');
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await page.getByText('As they may be published: small cells hidden.').waitFor();
  await groups.getByRole('cell', { name: '<5', exact: true }).first().waitFor();
  expect(await reasons.getByRole('cell', { name: 'Pending case in another county' }).count()).toBe(0);

  // A period the API refuses: its sentence beside the field, the dates typed kept.
  await page.getByLabel('From').fill('2026-06-01');
  await page.getByLabel('To').fill('2026-01-01');
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await page.locator('.field-error').filter({ hasText: 'must not be before from' }).waitFor();
  expect(await page.getByLabel('From').inputValue()).toBe('2026-06-01');
  await expectAccessible(page);

  await page.setViewportSize(PHONE);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Referral funnel' }).waitFor();
  await stages.getByRole('cell', { name: 'Graduated' }).waitFor();
  await expectAccessible(page);
  await screenshot(page, 'equity-funnel-phone');
  await context.close();
});

test('the equity view names the groups below four-fifths in words, beside the chart with its line at 0.8', async () => {
  const { context, page } = await newPage(browser, system.url, DESKTOP);
  await signInStaff(page, 'coordinator');
  await page.goto('/measures/equity');
  await page.getByRole('heading', { level: 1, name: 'Equity' }).waitFor();
  await page.getByRole('figure', { name: /ratio at the stage “Admitted”/ }).waitFor();
  await page.getByLabel('Stage compared').selectOption('graduated');
  const table = page.getByRole('table', { name: 'Each group at the stage “Graduated”: counts and ratios' });
  await table.getByRole('cell', { name: 'White' }).waitFor();
  // Whatever the demo's figures, each group is either named below four-fifths or the note says none is.
  await page.getByRole('note').filter({ hasText: /four-fifths at the stage “Graduated”/ }).waitFor();
  const flagged = await table.locator('tr.row-flagged').count();
  expect(await table.getByText('below four-fifths').count()).toBeGreaterThanOrEqual(flagged);
  const outcomes = page.getByRole('table', { name: /Outcomes by group/ });
  await outcomes.getByRole('cell', { name: 'Admissions' }).first().waitFor();
  await expectAccessible(page);
  await screenshot(page, 'equity-desktop');

  await page.getByLabel('Groups by').selectOption('sex');
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  await page.getByRole('table', { name: /Each group at the stage/ }).getByRole('cell', { name: 'Female' }).waitFor();

  await page.setViewportSize(PHONE);
  await expectAccessible(page);
  await screenshot(page, 'equity-phone');
  await context.close();
});

test('anyone reads the court’s published funnel without signing in, small groups shown as “<5”, in Spanish too', async () => {
  const { context, page } = await newPage(browser, system.url, PHONE);
  await page.goto('/public/courts/DEMO/funnel');
  await page.getByRole('heading', { level: 1, name: /^Referral funnel: Demo County/ }).waitFor();
  const stages = page.getByRole('table', { name: 'The funnel, stage by stage' });
  await stages.getByRole('cell', { name: 'Graduated' }).waitFor();
  // No team's figures to choose on a public page.
  expect(await page.getByLabel('Figures for').count()).toBe(0);
  await screenshot(page, 'public-funnel-phone');
  await page.getByLabel('Groups by').selectOption('raceEthnicity');
  await page.getByRole('button', { name: 'Show', exact: true }).click();
  const groups = page.getByRole('table', { name: 'Each group at each stage, against its share of those referred' });
  await groups.getByText('<5', { exact: true }).first().waitFor();
  // Nobody's words: a rejection's reason is counted, its text never shown.
  const reasons = page.getByRole('table', { name: 'Why referrals went no further' });
  await reasons.getByRole('cell', { name: 'Turned down by the prosecutor' }).waitFor();
  expect(await reasons.getByRole('cell', { name: 'Pending case in another county' }).count()).toBe(0);
  await expectAccessible(page);

  await page.getByRole('link', { name: 'The court’s public draw record' }).waitFor();
  await page.getByLabel('Language').selectOption('es');
  await page.getByRole('heading', { level: 1, name: /^Embudo de derivaciones: Demo County/ }).waitFor();
  await expectAccessible(page);
  await context.close();
});
