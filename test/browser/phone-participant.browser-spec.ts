/**
 * The participant's cheap phone, and no English on a translated page: plain
 * words, court today, money with its currency, requirement marks that are
 * not controls, where to test, whom to call, a forgotten PIN, and the
 * Spanish participant page and the Portuguese bench read for English words
 * from the application's catalogues or the court's data. At desktop and phone
 * width, axe-clean.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Browser, Page } from 'playwright-core';
import { accessibilityViolations, DESKTOP, launchBrowser, newPage, PHONE, screenshot, signInParticipant, signInStaff, waitForQuietNetwork } from '../support/browser';
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

const VIEWPORTS = [
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const;

async function expectAccessible(page: Page): Promise<void> {
  expect(await accessibilityViolations(page)).toEqual([]);
}

/** Words of three letters or more, lower case (accents kept): what a reader would see as a word. */
function words(text: string): string[] {
  return (text.replace(/\{\{[^}]*\}\}/g, ' ').match(/\p{L}{3,}/gu) ?? []).map((w) => w.toLowerCase());
}

function catalogueTexts(language: string): string[] {
  const dir = resolve(__dirname, '../../apps/web/src/i18n', language);
  const texts: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) walk(JSON.parse(readFileSync(resolve(dir, file), 'utf8')));
  return texts;
}

/** The court's own wording as it was entered (English), and as it was worded in `language`. */
async function courtWording(language: 'es' | 'pt'): Promise<{ english: string[]; translated: string[] }> {
  const [row] = await system.query<{ english: string[]; translated: string[] }>(
    `SELECT
       ARRAY(SELECT name FROM phases UNION ALL SELECT unnest(milestones) FROM phases UNION ALL SELECT name FROM response_catalogue_entries
             UNION ALL SELECT courtroom FROM court_sessions UNION ALL SELECT coalesce(instructions, '') FROM testing_sites) AS english,
       ARRAY(SELECT coalesce(translations -> $1 ->> 'name', '') FROM phases UNION ALL SELECT jsonb_array_elements_text(coalesce(milestone_translations -> $1, '[]')) FROM phases
             UNION ALL SELECT coalesce(translations -> $1 ->> 'name', '') FROM response_catalogue_entries
             UNION ALL SELECT value FROM courts, jsonb_each_text(coalesce(courtroom_translations -> $1, '{}'))
             UNION ALL SELECT coalesce(translations -> $1 ->> 'instructions', '') FROM testing_sites) AS translated`,
    [language],
  );
  return row;
}

/** Names of people and places (participants, staff, sites, courts, organisations): names are not English. */
async function names(): Promise<Set<string>> {
  const rows = await system.query<{ name: string }>(
    `SELECT first_name || ' ' || last_name AS name FROM participants UNION ALL SELECT display_name FROM users UNION ALL SELECT name FROM testing_sites
     UNION ALL SELECT name || ' ' || code FROM courts UNION ALL SELECT name FROM provider_organisations UNION ALL SELECT address FROM testing_sites
     UNION ALL SELECT coalesce(address, '') FROM courts UNION ALL SELECT label FROM participant_phone_numbers WHERE label IS NOT NULL`,
  );
  return new Set(rows.flatMap((r) => words(r.name)));
}

/**
 * The English words of the application and of the court's data that are not
 * also words of the target language's catalogues or of the court's wording in
 * it (so "total" or "plan" never count), less people's and places' names.
 */
async function englishWords(language: 'es' | 'pt'): Promise<Set<string>> {
  const wording = await courtWording(language);
  const target = new Set([...catalogueTexts(language), ...wording.translated].flatMap(words));
  const people = await names();
  return new Set([...catalogueTexts('en'), ...wording.english].flatMap(words).filter((w) => !target.has(w) && !people.has(w)));
}

async function englishOnPage(page: Page, language: 'es' | 'pt'): Promise<string[]> {
  const english = await englishWords(language);
  // The list holds the words a slip would show (so the check can fail): the application's and the court's.
  expect([...english]).toEqual(expect.arrayContaining(['call', 'today', 'courtroom', 'warning', 'orientation', 'assessment']));
  const text = await page.locator('body').innerText();
  return [...new Set(words(text).filter((w) => english.has(w)))];
}

/** DEMO's court day now, by the system's clock. */
async function demoToday(): Promise<string> {
  return (await system.query<{ day: string }>(`SELECT (now() AT TIME ZONE 'America/Chicago')::date::text AS day`))[0].day;
}

async function participantId(number: string): Promise<string> {
  return (await system.query<{ id: string }>(`SELECT id FROM participants WHERE participant_number = $1`, [number]))[0].id;
}

/**
 * Puts the participant's next hearing later today, in today's session: half
 * way between now and the court's midnight, so it is still today and still ahead.
 */
async function courtLaterToday(number: string): Promise<void> {
  const id = await participantId(number);
  await system.query(`UPDATE hearings SET status = 'cancelled', cancellation_reason = 'moved for the test' WHERE participant_id = $1 AND status = 'scheduled'`, [id]);
  await system.query(
    `INSERT INTO hearings (court_id, participant_id, kind, scheduled_at, session_id)
     SELECT p.court_id, p.id, 'status', now() + ((((now() AT TIME ZONE 'America/Chicago')::date + 1)::timestamp AT TIME ZONE 'America/Chicago') - now()) / 2, s.id
       FROM participants p JOIN court_sessions s ON s.court_id = p.court_id AND s.session_date = (now() AT TIME ZONE 'America/Chicago')::date
      WHERE p.id = $1 LIMIT 1`,
    [id],
  );
}

async function tokenOf(username: string): Promise<string> {
  const response = await fetch(`${system.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'demo-password' }),
  });
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** The coordinator orders a test today (as the participant page does), so the answer shows where to test. */
async function orderTestToday(number: string): Promise<void> {
  const response = await fetch(`${system.url}/api/v1/participants/${await participantId(number)}/draw-overrides`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenOf('coordinator')}` },
    body: JSON.stringify({ courtDay: await demoToday(), action: 'force', reason: 'Ordered at staffing' }),
  });
  expect(response.status).toBe(201);
}

test('the sign-in page names the court and its help line, and a forgotten PIN says whom to call', async () => {
  for (const [width, viewport] of VIEWPORTS) {
    const { context, page } = await newPage(browser, system.url, viewport);
    await page.goto('/sign-in');
    await page.getByRole('tab', { name: 'Participant' }).click();
    await page.getByText('Forgot your PIN?').click();
    await page.getByText('Type your court code above to see whom to call.').waitFor();
    await page.getByLabel('Court code').fill('demo');
    await page.getByText('Court: Demo County Treatment Court').waitFor();
    expect(await page.getByRole('link', { name: 'Help line: +1 312 555 0199' }).getAttribute('href')).toBe('tel:+13125550199');
    expect(await page.getByRole('link', { name: 'Call +1 312 555 0199' }).getAttribute('href')).toBe('tel:+13125550199');
    await page.getByText(/Call your case manager or the court’s help line/).waitFor();
    await expectAccessible(page);
    await screenshot(page, `phone-sign-in-forgot-pin-${width}`);
    await context.close();
  }
});

test('the English phone page: plain words, court today, money with its currency, marks that are not controls, whom to call', async () => {
  // A DEMO participant with fees still to pay in their phase: the amount left is money, in the court's currency.
  const [owing] = await system.query<{ number: string }>(
    `SELECT p.participant_number AS number FROM participants p JOIN courts c ON c.id = p.court_id JOIN phases ph ON ph.id = p.phase_id
      WHERE c.code = 'DEMO' AND p.status = 'active' AND p.participant_number NOT IN ('D-0006', 'D-0007')
        AND ph.fees_due > (SELECT coalesce(sum(l.amount), 0) FROM participant_ledger_entries l WHERE l.participant_id = p.id AND l.kind = 'fee_payment')
      ORDER BY p.participant_number LIMIT 1`,
  );
  expect(owing).toBeDefined();
  await courtLaterToday(owing.number);
  for (const [width, viewport] of VIEWPORTS) {
    const { context, page } = await newPage(browser, system.url, viewport);
    await signInParticipant(page, 'DEMO', owing.number);
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    await page.getByText('Call in any time today.').waitFor();
    expect(await page.locator('main').innerText()).not.toMatch(/00:00|between/);

    const courtToday = page.locator('section.court-today');
    await courtToday.getByRole('heading', { name: 'Court today' }).waitFor();
    expect(await courtToday.innerText()).toMatch(/Be there at \d{1,2}:\d\d\s?[AP]M[\s\S]*Courtroom 3A[\s\S]*100 W Washington St, Springfield/);
    expect(await courtToday.getByRole('link', { name: 'Map' }).getAttribute('href')).toBe('https://www.openstreetmap.org/search?query=100%20W%20Washington%20St%2C%20Springfield');

    await page.locator('ul.requirements').waitFor();
    expect(await page.locator('ul.requirements').innerText()).toMatch(/\$\d[\d,]*(\.\d\d)? left to pay/);
    expect(await page.locator('ul.requirements input, ul.requirements [role=radio]').count()).toBe(0);
    expect(await page.locator('ul.requirements li svg.mark').count()).toBe(await page.locator('ul.requirements li').count());

    const reach = page.locator('section.reach');
    expect(await reach.getByRole('link', { name: /your case manager/ }).getAttribute('href')).toBe('tel:+13125550142');
    expect(await reach.getByRole('link', { name: /help line/ }).getAttribute('href')).toBe('tel:+13125550199');
    await waitForQuietNetwork(page);
    await expectAccessible(page);
    await screenshot(page, `phone-participant-today-${width}`);
    await context.close();
  }
});

test('selected on the phone: the site’s address with a map link, its hours and what to bring', async () => {
  await orderTestToday('D-0007');
  const { context, page } = await newPage(browser, system.url, PHONE);
  await signInParticipant(page, 'DEMO', 'D-0007');
  await page.getByRole('button', { name: 'Call in now' }).click();
  const answer = page.locator('.answer');
  await answer.waitFor();
  expect(await answer.innerText()).toMatch(/TEST TODAY/);
  const site = answer.locator('.site').first();
  expect(await site.innerText()).toMatch(/County Testing Center[\s\S]*200 N Main St, Springfield[\s\S]*Open: \S[^\n]*\d[\s\S]*What to bring: Bring photo ID/);
  expect(await site.getByRole('link', { name: 'Map' }).getAttribute('href')).toBe('https://www.openstreetmap.org/search?query=200%20N%20Main%20St%2C%20Springfield');
  await expectAccessible(page);
  await screenshot(page, 'phone-participant-selected-phone');
  await context.close();
});

test('the Spanish participant page has no English word from the application or the court’s data', async () => {
  // D-0006 reads Spanish (program BOT); court later today, and selected, so every part of the page shows.
  await courtLaterToday('D-0006');
  await orderTestToday('D-0006');
  for (const [width, viewport] of VIEWPORTS) {
    const { context, page } = await newPage(browser, system.url, viewport, 'es-MX');
    await signInParticipant(page, 'DEMO', 'D-0006');
    await page.getByRole('heading', { level: 1, name: 'Hoy' }).waitFor();
    if (width === 'desktop') await page.getByRole('button', { name: 'Reportarme ahora' }).click();
    await page.locator('.answer').waitFor();
    await page.locator('ul.requirements').waitFor();
    await page.getByRole('heading', { name: 'Hoy tiene tribunal' }).waitFor();
    await waitForQuietNetwork(page);
    expect(await page.locator('section.court-today').innerText()).toMatch(/Sala 3A/);
    expect(await page.locator('.answer').innerText()).toMatch(/Horario: \S[^\n]*\d[\s\S]*Qué llevar: Traiga una identificación/);
    expect(await page.locator('ul.requirements').innerText()).toMatch(/evaluación completada|asistió a las sesiones educativas|Faltan|Falta/);
    expect(await englishOnPage(page, 'es')).toEqual([]);
    await expectAccessible(page);
    await screenshot(page, `phone-participant-today-es-${width}`);
    await context.close();
  }
});

test('the Portuguese bench has no English word from the application or the court’s data', async () => {
  await system.query(`UPDATE users SET language = 'pt' WHERE username = 'judge'`);
  try {
    const { context, page } = await newPage(browser, system.url, DESKTOP, 'pt-BR');
    await signInStaff(page, 'judge');
    const [session] = await system.query<{ id: string }>(
      `SELECT s.id FROM court_sessions s JOIN courts c ON c.id = s.court_id WHERE c.code = 'DEMO' AND s.session_date = (now() AT TIME ZONE 'America/Chicago')::date LIMIT 1`,
    );
    await page.goto(`/bench/${session.id}`);
    await page.locator('main h1').waitFor();
    await waitForQuietNetwork(page);
    expect(await page.locator('main').innerText()).toMatch(/Sala 3A/);
    expect(await englishOnPage(page, 'pt')).toEqual([]);
    await context.close();
  } finally {
    await system.query(`UPDATE users SET language = NULL WHERE username = 'judge'`);
  }
});

test('the court administrator sees the wording missing in a language the court’s people read', async () => {
  // DEMO's BOT participants read Spanish; a catalogue entry the court adds without its Spanish is flagged.
  await system.query(
    `INSERT INTO response_catalogue_entries (program_id, kind, code, name, level, effect)
     SELECT p.id, 'incentive', 'BOOK_TOKEN', 'Book token', 2, 'none' FROM programs p JOIN courts c ON c.id = p.court_id WHERE c.code = 'DEMO' AND p.code = 'BOT'`,
  );
  for (const [width, viewport] of VIEWPORTS) {
    const { context, page } = await newPage(browser, system.url, viewport);
    await signInStaff(page, 'courtadmin');
    await page.goto('/administration/court');
    const section = page.locator('section[aria-labelledby="missing-wording-heading"]');
    await section.getByRole('table').waitFor();
    expect(await section.innerText()).toMatch(/also read Español/);
    expect(await section.getByRole('row', { name: /Book token/ }).innerText()).toMatch(/Catalogue entry\s+Book token\s+BOT\s+Español/);
    // The template's phases and milestones, the default catalogue, the courtroom and the sites are worded: only the new entry is missing.
    expect(await section.getByRole('row').count()).toBe(2);
    await waitForQuietNetwork(page);
    await expectAccessible(page);
    await screenshot(page, `phone-admin-missing-wording-${width}`);
    await context.close();
  }
});
