/**
 * The testing site's screen in a real browser, against the system started
 * as `npm start` starts it: a participant told to test arrives, the
 * collector records the collection and a positive on a tablet, the
 * laboratory's confirmation follows, and the violation appears on the
 * deadlines screen with its 72-hour clock. Then who may and may not act
 * there, and the outage a court administrator records from the testing board.
 */
import { Browser, Page } from 'playwright-core';
import { accessibilityViolations, demoSecondFactorCode, DESKTOP, launchBrowser, newPage, PHONE, screenshot, signInStaff } from '../support/browser';
import { RunningSystem, startSystem } from '../support/running-system';

jest.setTimeout(300_000);

/** A tablet held upright at the collection desk. */
const TABLET = { width: 820, height: 1180 };
const SITE = 'County Testing Center';

let system: RunningSystem;
let browser: Browser;

beforeAll(async () => {
  [system, browser] = await Promise.all([startSystem(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

/** A staff member's access token, for the requests a screen would never send (a forged one) or that set the scene. */
async function tokenOf(username: string): Promise<string> {
  const response = await fetch(`${system.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'demo-password', totp: await demoSecondFactorCode(username) }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

async function post(token: string, path: string, body: unknown): Promise<Response> {
  return fetch(`${system.url}/api/v1${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
}

/** DEMO's court day now, by the database's clock (the system's). */
async function demoToday(): Promise<string> {
  return (await system.query<{ day: string }>(`SELECT (now() AT TIME ZONE 'America/Chicago')::date::text AS day`))[0].day;
}

interface Person {
  id: string;
  first_name: string;
  last_name: string;
  participant_number: string;
}

/** An active English-reading DEMO participant with nothing collected or ordered today, whom the coordinator orders to test today (as the participant page does). */
async function orderTestToday(today: string): Promise<Person> {
  const [person] = await system.query<Person>(
    `SELECT p.id, p.first_name, p.last_name, p.participant_number FROM participants p JOIN courts c ON c.id = p.court_id
      WHERE c.code = 'DEMO' AND p.status = 'active' AND p.participant_number NOT IN ('D-0001', 'D-0006', 'D-0009')
        AND NOT EXISTS (SELECT 1 FROM drug_test_collections k WHERE k.participant_id = p.id AND k.court_day = $1)
        AND NOT EXISTS (SELECT 1 FROM draw_overrides o WHERE o.participant_id = p.id AND o.court_day = $1)
      ORDER BY p.participant_number LIMIT 1`,
    [today],
  );
  expect(person).toBeDefined();
  const forced = await post(await tokenOf('coordinator'), `/participants/${person.id}/draw-overrides`, { courtDay: today, action: 'force', reason: 'Ordered at staffing' });
  expect(forced.status).toBe(201);
  return person;
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await accessibilityViolations(page)).toEqual([]);
}

test('a participant told to test arrives, the collection and a positive are entered and confirmed, and the violation appears on the deadlines screen with its clock', async () => {
  const today = await demoToday();
  const person = await orderTestToday(today);
  const name = `${person.last_name}, ${person.first_name}`;

  // The collector lands on the site's day, on a tablet.
  const { context, page } = await newPage(browser, system.url, TABLET);
  await signInStaff(page, 'collector');
  await page.getByRole('heading', { level: 1, name: 'Testing at the site today' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/testing-site');
  await page.getByLabel('This site').selectOption({ label: SITE });
  const toTest = page.locator('section.site-group', { has: page.getByRole('heading', { name: /^Told to test, not yet here/ }) });
  await toTest.getByText(name).waitFor();
  await expectAccessible(page);

  // A few taps: the row's button, THC positive, record (urine and observed are the defaults).
  await page.getByRole('button', { name: `Record collection: ${name}` }).click();
  const form = page.locator('form', { has: page.getByRole('heading', { name: `Collection from ${name} (${person.participant_number})` }) });
  await form.waitFor();
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
  await form.getByRole('group', { name: 'THC' }).getByText('Positive').click();
  await expectAccessible(page);
  await screenshot(page, 'site-collection-tablet');
  await form.getByRole('button', { name: 'Record collection', exact: true }).click();
  await page.getByText(`Collection from ${name} recorded, with 1 result.`).waitFor();

  const came = page.locator('section.site-group', { has: page.getByRole('heading', { name: /^Came today/ }) });
  const item = came.locator('li.site-person', { hasText: name });
  await item.getByText('THC:').waitFor();
  const [collection] = await system.query<{ id: string; basis: string; specimen_type: string; observed: boolean; site: string }>(
    `SELECT k.id, k.basis, k.specimen_type, k.observed, s.name AS site FROM drug_test_collections k JOIN testing_sites s ON s.id = k.testing_site_id
      WHERE k.participant_id = $1 AND k.court_day = $2`,
    [person.id, today],
  );
  expect(collection).toMatchObject({ basis: 'forced', specimen_type: 'urine', observed: true, site: SITE });
  // A positive screen nobody confirmed or admitted is no violation yet.
  const violations = () => system.query<{ kind: string; status: string; hours: number }>(
    `SELECT kind, status, extract(epoch FROM deadline_at - detected_at) / 3600 AS hours FROM violations WHERE source_key = $1`,
    [`collection:${collection.id}`],
  );
  expect(await violations()).toEqual([]);
  expect(await toTest.getByText(name).count()).toBe(0);

  // A refusal keeps what was typed: an admission note longer than the API takes.
  await item.getByRole('button', { name: `Admits use: ${name}, THC` }).click();
  const note = 'x'.repeat(501);
  await page.getByLabel('Note (optional)').fill(note);
  await page.getByRole('button', { name: 'Record the admission' }).click();
  await item.locator('.field-invalid', { has: page.getByLabel('Note (optional)') }).locator('.field-error').waitFor();
  expect(await page.getByLabel('Note (optional)').inputValue()).toBe(note);
  expect(await violations()).toEqual([]);
  await item.getByRole('button', { name: 'Cancel' }).click();

  // The laboratory confirms the positive: now it is a violation, with its 72-hour clock.
  await item.getByRole('button', { name: `Enter results: ${name}` }).click();
  await item.getByRole('group', { name: 'THC' }).getByText('Confirmed positive').click();
  // The laboratory's report names the lab, its technique and the level it read.
  await item.getByRole('textbox', { name: 'Laboratory' }).fill('Springfield Reference Laboratory');
  await item.getByLabel('Technique').selectOption('lc_ms');
  await item.getByRole('group', { name: 'THC' }).getByLabel('Level (ng/mL)').fill('42');
  await item.getByRole('button', { name: 'Record results' }).click();
  await page.getByText(`Results recorded for ${name}; they are a violation and it is now on the deadlines board.`).waitFor();
  await item.getByText('Violation', { exact: true }).waitFor();
  const [violation] = await violations();
  expect(violation).toMatchObject({ kind: 'positive_test', status: 'open' });
  expect(Number(violation.hours)).toBeCloseTo(72, 5);
  await expectAccessible(page);
  await screenshot(page, 'site-day-tablet');

  // The chain of custody: 'collected' came with the collection; the collector seals it, typed to the minute in the court's time.
  await item.getByRole('button', { name: `Chain of custody of ${name}'s specimen` }).click();
  const custody = item.locator('section', { has: page.getByRole('heading', { name: `Chain of custody: ${name}` }) });
  await custody.getByText(/^Collected by /).waitFor();
  // A refusal keeps what was typed, beside its field.
  const handler = 'y'.repeat(201);
  await custody.getByLabel('Handled by').fill(handler);
  await custody.getByRole('button', { name: 'Record: Sealed' }).click();
  await custody.locator('.field-invalid', { has: page.getByLabel('Handled by') }).locator('.field-error').waitFor();
  expect(await custody.getByLabel('Handled by').inputValue()).toBe(handler);
  await custody.getByLabel('Handled by').fill('A. Collector');
  await expectAccessible(page);
  await screenshot(page, 'site-custody-tablet');
  await custody.getByRole('button', { name: 'Record: Sealed' }).click();
  await page.getByText(`Sealed recorded for ${name}'s specimen.`).waitFor();
  const steps = await system.query<{ step: string; handled_by: string }>(
    `SELECT step, handled_by FROM specimen_custody_events WHERE collection_id = $1 ORDER BY created_at`,
    [collection.id],
  );
  expect(steps.map((s) => s.step)).toEqual(['collected', 'sealed']);
  expect(steps[1].handled_by).toBe('A. Collector');
  await context.close();

  // The case manager's deadlines screen shows it, with its clock running.
  const desk = await newPage(browser, system.url);
  await signInStaff(desk.page, 'coordinator');
  await desk.page.goto('/deadlines');
  const row = desk.page.getByRole('row', { name: new RegExp(`${person.last_name}.*Positive test`) });
  await row.waitFor();
  expect(await row.locator('.clock').innerText()).toMatch(/^○ (71|72) h left$/);
  await desk.context.close();
});

test('the site screen at desktop and phone width and in Spanish and Portuguese, accessible in each', async () => {
  // The collector's own language (what choosing one in the header saves with the account), for one visit each.
  const setLanguage = (language: string | null) => system.query(`UPDATE users SET language = $1 WHERE username = 'collector'`, [language]);
  for (const [suffix, viewport, language, heading] of [
    ['desktop', DESKTOP, null, 'Testing at the site today'],
    ['phone', PHONE, null, 'Testing at the site today'],
    ['es-tablet', TABLET, 'es', 'Pruebas en el centro hoy'],
    ['pt-phone', PHONE, 'pt', 'Testagem no centro hoje'],
  ] as const) {
    await setLanguage(language);
    const { context, page } = await newPage(browser, system.url, viewport);
    await signInStaff(page, 'collector');
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await page.locator('.site-group').first().waitFor();
    await expectAccessible(page);
    await screenshot(page, `site-day-${suffix}`);
    await context.close();
  }
  await setLanguage(null);
});

test('a collection recorded with the keyboard alone, on a phone', async () => {
  const today = await demoToday();
  const person = await orderTestToday(today);
  const name = `${person.last_name}, ${person.first_name}`;
  const { context, page } = await newPage(browser, system.url, PHONE);
  await signInStaff(page, 'collector');
  await page.getByRole('heading', { level: 1, name: 'Testing at the site today' }).waitFor();
  await page.getByRole('button', { name: `Record collection: ${name}` }).focus();
  await page.keyboard.press('Enter');
  // The form's heading takes the focus; each radio group is one stop, its arrows choose.
  await page.getByRole('heading', { name: `Collection from ${name} (${person.participant_number})` }).waitFor();
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
  await expectAccessible(page);
  await screenshot(page, 'site-collection-phone');
  await page.keyboard.press('Tab'); // the specimen: urine
  await page.keyboard.press('ArrowRight'); // oral fluid
  await page.keyboard.press('Tab'); // observed
  await page.keyboard.press('Space'); // not observed
  for (let panel = 0; panel < 15; panel++) await page.keyboard.press('Tab'); // alcohol … THC, the 15th panel
  await page.keyboard.press('ArrowRight'); // negative
  await page.keyboard.press('ArrowRight'); // positive
  for (let stop = 0; stop < 6; stop++) await page.keyboard.press('Tab'); // other, the specimen itself, laboratory, accession number, notes, the button
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Record collection');
  await page.keyboard.press('Enter');
  await page.getByText(`Collection from ${name} recorded, with 1 result.`).waitFor();
  const results = await system.query<{ specimen_type: string; observed: boolean; substance: string; outcome: string }>(
    `SELECT k.specimen_type, k.observed, r.substance, r.outcome FROM drug_test_collections k JOIN drug_test_results r ON r.collection_id = k.id
      WHERE k.participant_id = $1 AND k.court_day = $2`,
    [person.id, today],
  );
  expect(results).toEqual([{ specimen_type: 'oral_fluid', observed: false, substance: 'thc', outcome: 'positive' }]);
  await context.close();
});

test("an earlier day's collections, for results that come later", async () => {
  const [{ day }] = await system.query<{ day: string }>(`SELECT ((now() AT TIME ZONE 'America/Chicago')::date - 1)::text AS day`);
  const [{ n }] = await system.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM drug_test_collections k JOIN courts c ON c.id = k.court_id WHERE c.code = 'DEMO' AND k.court_day = $1`,
    [day],
  );
  const { context, page } = await newPage(browser, system.url, TABLET);
  await signInStaff(page, 'collector');
  await page.getByRole('heading', { level: 1, name: 'Testing at the site today' }).waitFor();
  await page.getByLabel('Collections of').fill(day);
  const heading = page.getByRole('heading', { level: 2, name: /^Came on / });
  await heading.waitFor();
  expect(await heading.locator('.badge').innerText()).toBe(String(n));
  const came = page.locator('section.site-group', { has: heading });
  expect(await came.locator('li.site-person').count()).toBe(n);
  await expectAccessible(page);
  await context.close();
});

test('only the roles that record collections see the site; a forged request from another role is refused by the API', async () => {
  // The judge has no menu entry for it, and the address itself says it is not for the role.
  const { context, page } = await newPage(browser, system.url);
  await signInStaff(page, 'judge');
  expect(await page.getByRole('link', { name: 'Testing site' }).count()).toBe(0);
  await page.goto('/testing-site');
  await page.getByRole('heading', { level: 1, name: 'Not part of your role' }).waitFor();
  await context.close();

  const [person] = await system.query<{ id: string }>(`SELECT id FROM participants WHERE participant_number = 'D-0002'`);
  const [court] = await system.query<{ id: string }>(`SELECT id FROM courts WHERE code = 'DEMO'`);
  const before = await system.query(`SELECT count(*)::int AS n FROM drug_test_collections`);
  for (const username of ['judge', 'courtadmin']) {
    const token = await tokenOf(username);
    const refused = await post(token, `/participants/${person.id}/collections`, { observed: true, specimenType: 'urine' });
    expect({ username, status: refused.status, type: refused.headers.get('content-type') }).toEqual({ username, status: 403, type: expect.stringContaining('application/problem+json') });
    const list = await fetch(`${system.url}/api/v1/courts/${court.id}/collections`, { headers: { authorization: `Bearer ${token}` } });
    expect({ username, status: list.status }).toEqual({ username, status: 403 });
  }
  expect(await system.query(`SELECT count(*)::int AS n FROM drug_test_collections`)).toEqual(before);

  // The collector's testing board offers no outage; a forged one is refused.
  const collector = await newPage(browser, system.url);
  await signInStaff(collector.page, 'collector');
  await collector.page.goto('/testing-board');
  await collector.page.getByRole('heading', { level: 1, name: "Today's testing board" }).waitFor();
  await collector.page.locator('.board-group').first().waitFor();
  expect(await collector.page.getByRole('heading', { name: 'Record an outage' }).count()).toBe(0);
  await collector.context.close();
  const forged = await post(await tokenOf('collector'), '/outages', { courtId: court.id, startsAt: '2026-01-01T10:00:00Z', endsAt: '2026-01-01T11:00:00Z', reason: 'forged' });
  expect(forged.status).toBe(403);
  expect(await system.query(`SELECT count(*)::int AS n FROM system_outages WHERE reason = 'forged'`)).toEqual([{ n: 0 }]);
});

test('a court administrator records an outage from the testing board, in the court’s time, after a refusal that kept what was typed', async () => {
  const { context, page } = await newPage(browser, system.url);
  await signInStaff(page, 'courtadmin');
  await page.goto('/testing-board');
  await page.getByRole('heading', { name: 'Record an outage' }).waitFor();
  await page.locator('.board-group').first().waitFor();
  await expectAccessible(page);

  // Two days ago, 06:00-06:45 in Chicago, typed the wrong way round first.
  const [{ day }] = await system.query<{ day: string }>(`SELECT ((now() AT TIME ZONE 'America/Chicago')::date - 2)::text AS day`);
  const reason = 'Telephone provider outage, ticket 4711';
  await page.getByLabel('From').fill(`${day}T06:45`);
  await page.getByLabel('Until').fill(`${day}T06:00`);
  await page.getByLabel('What happened').fill(reason);
  await page.getByRole('button', { name: 'Record the outage' }).click();
  const untilField = page.locator('.field-invalid', { has: page.getByLabel('Until') });
  await untilField.locator('.field-error').waitFor();
  expect(await untilField.innerText()).toMatch(/after startsAt/);
  expect(await page.getByLabel('What happened').inputValue()).toBe(reason);
  expect(await system.query(`SELECT count(*)::int AS n FROM system_outages WHERE reason = $1`, [reason])).toEqual([{ n: 0 }]);

  await page.getByLabel('From').fill(`${day}T06:00`);
  await page.getByLabel('Until').fill(`${day}T06:45`);
  await page.getByRole('button', { name: 'Record the outage' }).click();
  await page.getByText(/^Outage recorded over 1 court day\(s\)/).waitFor();
  const [outage] = await system.query<{ starts: string; ends: string }>(
    `SELECT to_char(starts_at AT TIME ZONE 'America/Chicago', 'YYYY-MM-DD"T"HH24:MI') AS starts, to_char(ends_at AT TIME ZONE 'America/Chicago', 'YYYY-MM-DD"T"HH24:MI') AS ends
       FROM system_outages WHERE reason = $1`,
    [reason],
  );
  expect(outage).toEqual({ starts: `${day}T06:00`, ends: `${day}T06:45` });
  await page.getByRole('table', { name: 'Outages recorded for this court' }).getByText(reason).waitFor();
  await expectAccessible(page);
  await screenshot(page, 'admin-testing-board-outage-desktop');
  await context.close();
});
