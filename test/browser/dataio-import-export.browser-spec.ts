/**
 * Data in and out in a real browser, against the system started as `npm
 * start` starts it: the court administrator checks a participants file (the
 * problems listed by line and column, nothing written), imports the corrected
 * file once, and sees the same file again import nothing; a coordinator
 * downloads the caseload as CSV and a measure as XLSX. Axe-clean at desktop
 * and phone widths.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
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

const HEADER = 'participant_number,first_name,last_name,date_of_birth,program,phase,enrolled_on,phase_started_on,case_manager,status';
const file = (lines: string[]) => ({ name: 'old-caseload.csv', mimeType: 'text/csv', buffer: Buffer.from([HEADER, ...lines].join('\r\n')) });

test('the court administrator checks a file, sees each problem by line and column, imports the corrected file once', async () => {
  const { context, page } = await newPage(browser, system.url, DESKTOP);
  await signInStaff(page, 'courtadmin');
  await page.getByRole('link', { name: 'Import' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Import from a spreadsheet' }).waitFor();
  const input = page.locator('input[type=file]');
  await input.setInputFiles(file(['M-0001,Ana,Ruiz,1990-04-02,ATC,1,2026-01-05,2026-01-05,casemanager,active', 'M-0002,Ben,Lee,,XYZ,1,2026-01-05,2026-01-05,,active']));
  await page.getByRole('button', { name: 'Check the file (dry run)' }).click();
  const problems = page.getByRole('table', { name: /Problems, line by line/ });
  await problems.getByRole('cell', { name: 'No program “XYZ” in this court.' }).waitFor();
  await problems.getByRole('cell', { name: 'program', exact: true }).waitFor();
  expect(await page.getByRole('button', { name: /^Import \d/ }).count()).toBe(0);
  expect(await system.query(`SELECT 1 FROM participants WHERE participant_number LIKE 'M-%'`)).toEqual([]);
  await expectAccessible(page);
  await screenshot(page, 'dataio-import-problems-desktop');

  await input.setInputFiles(file(['M-0001,Ana,Ruiz,1990-04-02,ATC,1,2026-01-05,2026-01-05,casemanager,active', 'M-0002,Ben,Lee,,ATC,2,2026-01-05,2026-03-05,,active']));
  await page.getByRole('button', { name: 'Check the file (dry run)' }).click();
  await page.getByText('The file is ready: 2 new participants.').waitFor();
  // A double click imports once.
  await page.getByRole('button', { name: 'Import 2 participants' }).dblclick();
  await page.getByRole('status').filter({ hasText: 'Imported 2 participants; 0 already in the court were left as they were.' }).waitFor();
  expect(await system.query(`SELECT participant_number FROM participants WHERE participant_number LIKE 'M-%' ORDER BY 1`)).toEqual([
    { participant_number: 'M-0001' },
    { participant_number: 'M-0002' },
  ]);
  await expectAccessible(page);

  // The same file again: nothing new.
  await page.getByRole('button', { name: 'Check the file (dry run)' }).click();
  await page.getByText('Everyone in the file is already in the court: there is nothing to import.').waitFor();
  await page.setViewportSize(PHONE);
  await expectAccessible(page);
  await screenshot(page, 'dataio-import-phone');
  await context.close();
});

test('a coordinator downloads the caseload as CSV and a measure as XLSX, in the same read as the screen', async () => {
  const { context, page } = await newPage(browser, system.url, DESKTOP);
  await signInStaff(page, 'coordinator');
  await page.goto('/caseload');
  await page.getByRole('heading', { level: 1, name: 'Caseload' }).waitFor();
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('group', { name: 'Download' }).getByRole('button', { name: 'CSV' }).click()]);
  expect(csv.suggestedFilename()).toMatch(/^caseload-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile((await csv.path())!, 'utf8');
  expect(text.startsWith('\uFEFFParticipant number,Last name,First name,Status,Program,Phase')).toBe(true);
  expect(text).toContain('D-0001,');
  expect(text).toContain('M-0002,Lee,Ben,active,ATC,2,');
  await expectAccessible(page);
  await screenshot(page, 'dataio-caseload-export-desktop');

  await page.goto('/measures');
  const group = page.getByRole('group', { name: 'Download Phases and graduation' });
  const [xlsx] = await Promise.all([page.waitForEvent('download'), group.getByRole('button', { name: 'Excel (XLSX)' }).click()]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile((await xlsx.path())!)) as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((w) => w.name)).toEqual(['Phase moves, totals', 'Phase moves by month', 'Phases']);
  expect(typeof workbook.worksheets[2].getRow(2).getCell(5).value).toBe('number');
  await expectAccessible(page);
  await context.close();
});
