/**
 * The web application in a real browser (Debian's Chromium through
 * playwright-core), against the system started as `npm start` starts it:
 * the flows the courts depend on, each checked in the database as well as on screen.
 */
import { Browser } from 'playwright-core';
import { launchBrowser, newPage, PHONE, screenshot, signInParticipant, signInStaff } from '../support/browser';
import { RunningSystem, startSystem } from '../support/running-system';

jest.setTimeout(180_000);

let system: RunningSystem;
let browser: Browser;

beforeAll(async () => {
  [system, browser] = await Promise.all([startSystem(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

async function participantId(number: string): Promise<string> {
  const [row] = await system.query<{ id: string }>(`SELECT id FROM participants WHERE participant_number = $1`, [number]);
  return row.id;
}

test('a participant calls in on a phone and sees the day’s answer with a receipt', async () => {
  const { context, page } = await newPage(browser, system.url, PHONE);
  await signInParticipant(page, 'DEMO', 'D-0001');
  await page.getByRole('heading', { name: 'Today', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Call in now' }).click();

  const answer = page.locator('.answer');
  await answer.waitFor();
  expect(await answer.innerText()).toMatch(/TEST TODAY (at .+ )?by (\d\d:\d\d|midnight)|No test today\./);
  const receipt = await page.locator('.receipt').innerText();
  expect(receipt).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);

  const calls = await system.query<{ receipt_code: string; channel: string }>(
    `SELECT c.receipt_code, c.channel FROM call_ins c JOIN participants p ON p.id = c.participant_id
      WHERE p.participant_number = 'D-0001' AND c.receipt_code = $1`,
    [receipt],
  );
  expect(calls).toEqual([{ receipt_code: receipt, channel: 'web' }]);
  // Nothing on the screen speaks of any other day's tests.
  expect(await page.locator('main').innerText()).not.toMatch(/tomorrow|next test|upcoming test/i);
  await context.close();
});

test('a participant whose browser reads Spanish signs in, calls in and reads the answer in Spanish', async () => {
  const context = await browser.newContext({ baseURL: system.url, viewport: PHONE, locale: 'es-MX' });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByRole('heading', { name: 'Iniciar sesión' }).waitFor();
  await page.getByRole('tab', { name: 'Participante' }).click();
  await page.getByLabel('Código del tribunal').fill('DEMO');
  await page.getByLabel('Número de participante').fill('D-0006');
  await page.getByLabel('PIN').fill('135790');
  await page.getByRole('button', { name: 'Iniciar sesión' }).click();
  await page.getByRole('button', { name: 'Reportarme ahora' }).click();
  const answer = page.locator('.answer');
  await answer.waitFor();
  expect(await answer.innerText()).toMatch(/HAGA LA PRUEBA HOY|Hoy no tiene prueba/);
  expect(await page.locator('html').getAttribute('lang')).toBe('es');
  await screenshot(page, 'participant-today-answer-es-phone');
  await context.close();
});

test('a participant whose own language is Spanish reads it from an English browser, and a choice of Portuguese in the header survives a reload', async () => {
  // D-0009 is in program BOT, whose participants read Spanish in the demo data; the court and the browser are English.
  const { context, page } = await newPage(browser, system.url, PHONE, 'en-US');
  await signInParticipant(page, 'DEMO', 'D-0009');
  await page.getByRole('heading', { level: 1, name: 'Hoy', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Reportarme ahora' }).waitFor();
  expect(await page.locator('html').getAttribute('lang')).toBe('es');

  // Chosen in the header: the screen changes at once, the choice is saved with the account, and no data is fetched again.
  const requests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/')) requests.push(`${r.method()} ${new URL(r.url()).pathname}`);
  });
  const saved = page.waitForResponse((r) => r.request().method() === 'PATCH' && new URL(r.url()).pathname === '/api/v1/me');
  await page.getByLabel('Idioma').selectOption('pt');
  await page.getByRole('heading', { level: 1, name: 'Hoje', exact: true }).waitFor();
  expect((await saved).status()).toBe(200);
  expect(await page.getByRole('button', { name: 'Fazer check-in agora' }).count()).toBe(1);
  // (The day's answer refreshes itself every minute, whatever the language.)
  expect(requests.filter((r) => r !== 'PATCH /api/v1/me' && r !== 'GET /api/v1/me/today')).toEqual([]);
  const [account] = await system.query<{ language: string }>(
    `SELECT u.language FROM users u JOIN participants p ON p.user_id = u.id WHERE p.participant_number = 'D-0009'`,
  );
  expect(account).toEqual({ language: 'pt' });

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Hoje', exact: true }).waitFor();
  expect(await page.locator('html').getAttribute('lang')).toBe('pt');
  expect(await page.getByLabel('Idioma').inputValue()).toBe('pt');
  await context.close();
});

test('a judge records an outcome on the bench view and the violation’s clock stops', async () => {
  const { context, page } = await newPage(browser, system.url);
  await signInStaff(page, 'judge');
  await page.waitForURL(/\/bench\/[0-9a-f-]{36}/);

  const withViolation = page.getByRole('navigation', { name: 'Participants on the docket' }).getByRole('button', { name: /1 violation open/ }).first();
  const label = await withViolation.innerText();
  const lastName = /\d+\.\s*([^,]+),/.exec(label)![1].trim();
  await withViolation.click();
  const [violation] = await system.query<{ id: string; status: string }>(
    `SELECT v.id, v.status FROM violations v JOIN participants p ON p.id = v.participant_id WHERE p.last_name = $1 AND v.status = 'open'`,
    [lastName],
  );
  expect(violation.status).toBe('open');

  // Attendance has no default: the judge chooses it.
  await page.getByRole('radio', { name: 'Appeared' }).check();
  // An amount the API refuses: its sentence appears beside the field, and nothing typed is lost.
  await page.getByRole('button', { name: 'Add a sanction or incentive' }).click();
  const response = page.getByLabel('Response 1');
  await response.selectOption((await response.locator('option', { hasText: 'Community service' }).first().getAttribute('value'))!);
  await page.getByLabel('Hours of community service').fill('0.1');
  await page.getByLabel('Notes').fill('Spoke with the participant about the missed test.');
  await page.getByRole('button', { name: 'Record and go to the next participant' }).click();
  await page.locator('.field-error').first().waitFor();
  expect(await page.locator('.field-invalid').filter({ has: page.getByLabel('Hours of community service') }).innerText()).toMatch(/amount must not be less than 0.25/);
  expect(await page.getByLabel('Notes').inputValue()).toBe('Spoke with the participant about the missed test.');
  expect((await system.query(`SELECT status FROM violations WHERE id = $1`, [violation.id]))[0]).toEqual({ status: 'open' });

  await page.getByLabel('Hours of community service').fill('8');
  await page.getByRole('button', { name: 'Record and go to the next participant' }).click();
  await page.getByText(/Hearing of .+ recorded at/).waitFor();

  // The clock stops: the violation is answered, at the hearing.
  const [after] = await system.query<{ status: string; answered: boolean }>(`SELECT status, answered_at IS NOT NULL AS answered FROM violations WHERE id = $1`, [
    violation.id,
  ]);
  expect(after).toEqual({ status: 'answered', answered: true });

  // Back on that participant, the clock shows it was answered.
  await page.getByRole('navigation', { name: 'Participants on the docket' }).getByRole('button', { name: new RegExp(lastName) }).click();
  await page.getByText('Hearing recorded').waitFor();
  expect(await page.locator('.bench-card .violations').innerText()).toMatch(/Answered/);

  // The paper docket opens in a window of its own, with the participant on it.
  const [paper] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Print the docket' }).click()]);
  await paper.getByText(lastName).first().waitFor();
  expect(await paper.title()).toMatch(/docket/i);

  // The judge switches to Portuguese: the bench speaks it, and its dates follow the locale, without reloading the docket.
  const heading = await page.getByRole('heading', { level: 1 }).innerText();
  const [, day] = /Docket of (.+), \d\d:\d\d/.exec(heading)!;
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.getByLabel('Language').selectOption('pt');
  const portuguese = page.getByRole('heading', { level: 1, name: /^Pauta de audiências de/ });
  await portuguese.waitFor();
  const [y, m, d] = (await system.query<{ date: string }>(`SELECT session_date::text AS date FROM court_sessions WHERE id = $1`, [/\/bench\/([0-9a-f-]{36})/.exec(page.url())![1]]))[0].date.split('-').map(Number);
  const inPortuguese = new Intl.DateTimeFormat('pt', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
  expect(await portuguese.innerText()).toContain(inPortuguese);
  expect(inPortuguese).not.toBe(day);
  expect(await page.getByRole('button', { name: 'Imprimir a pauta de audiências' }).count()).toBe(1);
  expect(requests.filter((url) => url.includes('/docket'))).toEqual([]);
  await screenshot(page, 'judge-bench-pt-desktop');
  await context.close();
});

test('a court administrator of two courts switches court in the header', async () => {
  const { context, page } = await newPage(browser, system.url);
  await signInStaff(page, 'courtadmin');
  await page.getByRole('heading', { name: 'Programs' }).waitFor();
  await page.getByText('Programs of court DEMO').waitFor();
  await page.getByLabel('Court', { exact: true }).selectOption({ label: 'HOPE · Court administrator' });
  await page.getByText('Programs of court HOPE').waitFor();
  expect(await page.getByRole('table').innerText()).not.toMatch(/\bATC\b/);
  await context.close();
});

test('a treatment provider cannot open a participant without a consent covering them', async () => {
  const { context, page } = await newPage(browser, system.url);
  await signInStaff(page, 'provider');
  await page.goto(`/provider/clients/${await participantId('D-0007')}`);
  const alert = page.getByRole('alert').first();
  await alert.waitFor();
  expect(await alert.innerText()).toMatch(/consent/i);
  await screenshot(page, 'provider-refused-without-consent-desktop');
  await context.close();
});

test('a case manager of one court cannot reach another court’s participant by editing the URL', async () => {
  const { context, page } = await newPage(browser, system.url);
  await signInStaff(page, 'casemanager2');
  const demoParticipant = await participantId('D-0001');
  await page.goto(`/participants/${demoParticipant}`);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  expect(await alert.innerText()).toMatch(/not found|not allowed|another court|no such/i);
  const [d1] = await system.query<{ first_name: string; last_name: string }>(`SELECT first_name, last_name FROM participants WHERE id = $1`, [demoParticipant]);
  expect(await page.locator('main').innerText()).not.toContain(d1.last_name);
  await context.close();
});
