/**
 * A caseload's history in a real browser, against the system started as
 * `npm start` starts it: the court administrator imports participants (the
 * report says how many need a PIN before they are drawn), then their
 * violations and tests, each checked first with its problems by line; a
 * coordinator finds the imported participant marked "not tested: no PIN"
 * on the caseload and their page, and the history marked as imported on the
 * timeline; the administrator is offered the action to issue the PIN, the
 * coordinator is not. Axe-clean at desktop and phone widths.
 */
import { addCalendarDays, courtDateAt } from '@app/core';
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

// The demo court's own day (America/Chicago), so the dates are never in its future.
const today = courtDateAt(new Date(), 'America/Chicago');
const daysAgo = (n: number) => addCalendarDays(today, -n);
const csv = (name: string, lines: string[]) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(lines.join('\r\n')) });

test('the court administrator imports a caseload’s history; the team sees who is not tested and what came from the earlier records', async () => {
  const admin = await newPage(browser, system.url, DESKTOP);
  const page = admin.page;
  await signInStaff(page, 'courtadmin');
  await page.goto('/administration/import');
  await page.getByRole('heading', { level: 1, name: 'Import from a spreadsheet' }).waitFor();
  const input = page.locator('input[type=file]');
  const check = page.getByRole('button', { name: 'Check the file (dry run)' });

  // Participants first: the report counts those who need a PIN before they are drawn.
  await input.setInputFiles(
    csv('participants.csv', ['participant_number,first_name,last_name,program,phase,enrolled_on,phase_started_on', `Y-0001,Rosa,Imported,ATC,1,${daysAgo(90)},${daysAgo(90)}`]),
  );
  await check.click();
  await page.getByText('The file is ready: 1 new participant.').waitFor();
  await page.getByRole('button', { name: 'Import 1 participant' }).click();
  await page.getByRole('status').filter({ hasText: 'Imported 1 participant' }).waitFor();
  await page.getByTestId('needing-pin').filter({ hasText: /need(s)? a PIN before/ }).waitFor();

  // Violations: the kind chosen, its template offered, an open one refused by line.
  await page.getByLabel('What the file holds').selectOption('violations');
  await page.getByRole('link', { name: /Download a template: Violations/ }).waitFor();
  const header = 'participant_number,source_id,detected_on,detected_time,kind,description,status,closed_on';
  await input.setInputFiles(
    csv('violations.csv', [header, `Y-0001,OLD-V1,${daysAgo(40)},08:00,positive_test,,answered,${daysAgo(38)}`, `Y-0001,OLD-V2,${daysAgo(5)},,missed_call_in,,open,`]),
  );
  await check.click();
  const problems = page.getByRole('table', { name: /Problems, line by line/ });
  await problems.getByRole('cell', { name: /A violation still open cannot be imported as history/ }).waitFor();
  await problems.getByRole('cell', { name: '3', exact: true }).waitFor();
  expect(await system.query(`SELECT 1 FROM violations WHERE source_record_id LIKE 'OLD-%'`)).toEqual([]);
  await expectAccessible(page);
  await screenshot(page, 'history-import-problems-desktop');

  await input.setInputFiles(csv('violations.csv', [header, `Y-0001,OLD-V1,${daysAgo(40)},08:00,positive_test,,answered,${daysAgo(38)}`]));
  await check.click();
  await page.getByRole('button', { name: 'Import 1 record' }).click();
  await page.getByRole('status').filter({ hasText: 'Imported 1 record; 0 already imported' }).waitFor();

  await page.getByLabel('What the file holds').selectOption('drug-tests');
  await input.setInputFiles(
    csv('tests.csv', ['participant_number,source_id,collected_on,collected_time,specimen,result,substances,confirmed,lab', `Y-0001,OLD-T1,${daysAgo(40)},07:30,urine,positive,thc,yes,`]),
  );
  await check.click();
  await page.getByRole('button', { name: 'Import 1 record' }).click();
  await page.getByRole('status').filter({ hasText: 'Imported 1 record' }).waitFor();
  // The same file again imports nothing twice.
  await check.click();
  await page.getByText('Every record in the file is already imported: there is nothing to import.').waitFor();
  // An imported positive made no violation of its own, and nothing was queued for anyone.
  expect(await system.query(`SELECT kind FROM violations v JOIN participants p ON p.id = v.participant_id WHERE p.participant_number = 'Y-0001'`)).toEqual([{ kind: 'positive_test' }]);
  await page.setViewportSize(PHONE);
  await expectAccessible(page);
  await screenshot(page, 'history-import-phone');

  // The coordinator: the caseload row and the page say the participant is not tested, and why.
  const team = await newPage(browser, system.url, DESKTOP);
  await signInStaff(team.page, 'coordinator');
  await team.page.goto('/caseload?q=Y-0001');
  const row = team.page.getByRole('row').filter({ hasText: 'Y-0001' });
  await row.getByText('Not tested: no PIN issued yet').waitFor();
  await expectAccessible(team.page);
  await row.getByRole('link').first().click();
  const notice = team.page.getByTestId('no-pin');
  await notice.getByText('Not tested: no PIN issued yet').waitFor();
  expect(await notice.getByRole('link', { name: 'Issue a PIN' }).count()).toBe(0);
  await team.page.getByText('Imported from earlier records').first().waitFor();
  await team.page.getByText('Test (imported)').waitFor();
  await expectAccessible(team.page);
  await screenshot(team.page, 'history-participant-no-pin-desktop');
  await team.context.close();

  // The administrator may issue the PIN: the notice offers it and opens the form.
  await page.setViewportSize(DESKTOP);
  const [participant] = await system.query(`SELECT id FROM participants WHERE participant_number = 'Y-0001'`);
  await page.goto(`/participants/${participant.id}`);
  // The page's actions render once the court's time zone is read: the link opens their PIN form.
  await page.locator('#action-pin').waitFor({ state: 'attached' });
  await page.getByTestId('no-pin').getByRole('link', { name: 'Issue a PIN' }).click();
  await page.locator('#action-pin[open]').waitFor();
  await admin.context.close();
});
