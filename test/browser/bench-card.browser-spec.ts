/**
 * The judge's bench on a real morning: colours that mean the same thing in
 * every language and on the list and the card, a warrant or custody before
 * anything else, no default attendance, what the decision needs at the top
 * of the card, and what was recorded said back; and the second factor that
 * a deciding account sets up at its first sign-in. Desktop and phone width,
 * axe on each screen.
 */
import { Secret, TOTP } from 'otpauth';
import { Browser, Page } from 'playwright-core';
import { accessibilityViolations, DESKTOP, launchBrowser, newPage, PHONE, screenshot, signInStaff, waitForQuietNetwork } from '../support/browser';
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


/** Each chip on the docket list and the card with its words and colour class. */
async function chips(page: Page, selector: string): Promise<Array<{ text: string; className: string }>> {
  return page.locator(selector).evaluateAll((nodes) => nodes.map((n) => ({ text: (n.textContent ?? '').trim(), className: n.className })));
}

const NOT_COMPLIANT: Record<string, string> = { en: 'Not compliant', es: 'No cumple', pt: 'Em descumprimento' };
const WARRANT: Record<string, string> = { en: 'Warrant', es: 'Orden de arresto', pt: 'Mandado de prisão' };
const IN_CUSTODY: Record<string, string> = { en: 'In custody', es: 'Detenido', pt: 'Sob custódia' };

test('the docket list and the card colour non-compliance amber and a warrant or custody red, in English, Spanish and Portuguese', async () => {
  const { context, page } = await newPage(browser, system.url, DESKTOP);
  await signInStaff(page, 'judge');
  await page.waitForURL(/\/bench\/[0-9a-f-]{36}/);
  await page.locator('.docket-list').waitFor();
  try {
    for (const language of ['en', 'es', 'pt']) {
      if (language !== 'en') await page.getByRole('combobox', { name: /Language|Idioma/ }).selectOption(language);
      await page.locator('html[lang=' + language + ']').waitFor();
      const list = await chips(page, '.docket-flags .badge');
      // The demo docket has a participant on a warrant (D-0010) and one in custody (D-0008).
      expect(list.filter((c) => c.text === WARRANT[language]).map((c) => c.className)).toEqual(['badge badge-bad']);
      expect(list.filter((c) => c.text === IN_CUSTODY[language]).map((c) => c.className)).toEqual(['badge badge-bad']);
      for (const chip of list.filter((c) => c.text === NOT_COMPLIANT[language])) expect(chip.className).toBe('badge badge-warn');
      expect(list.filter((c) => c.className.includes('badge-ok')).map((c) => c.text)).not.toContain(NOT_COMPLIANT[language]);
      // The card says the same, with the same colour, for each participant the list marks.
      const notCompliantRow = page.locator('.docket-list button', { hasText: NOT_COMPLIANT[language] }).first();
      if ((await notCompliantRow.count()) > 0) {
        await notCompliantRow.click();
        await page.locator('.bench-card .chips .badge', { hasText: NOT_COMPLIANT[language] }).waitFor();
        expect(await page.locator('.bench-card .chips .badge', { hasText: NOT_COMPLIANT[language] }).getAttribute('class')).toBe('badge badge-warn');
      }
      await page.locator('.docket-list button', { hasText: WARRANT[language] }).click();
      expect(await page.locator('.bench-card .chips .badge', { hasText: WARRANT[language] }).getAttribute('class')).toBe('badge badge-bad');
    }
  } finally {
    await page.getByRole('combobox', { name: /Language|Idioma/ }).selectOption('en');
    await page.locator('html[lang=en]').waitFor();
  }
  await context.close();
});

test('the card puts what the decision needs at the top, refuses to record without attendance, and says what was recorded', async () => {
  for (const [width, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
    const { context, page } = await newPage(browser, system.url, viewport);
    await signInStaff(page, 'judge');
    await page.waitForURL(/\/bench\/[0-9a-f-]{36}/);
    // A participant the last hearing ordered community service (the demo orders it of every other one).
    const ordered = await system.query<{ last_name: string }>(
      `SELECT p.last_name FROM court_responses r JOIN participants p ON p.id = r.participant_id JOIN courts c ON c.id = p.court_id
        WHERE c.code = 'DEMO' AND r.effect = 'community_service' AND r.hearing_id IS NOT NULL AND p.status = 'active'
          AND NOT EXISTS (SELECT 1 FROM hearings h JOIN hearing_outcomes o ON o.hearing_id = h.id WHERE h.participant_id = p.id AND h.status = 'held'
                           AND h.scheduled_at > now() - interval '1 day')
        ORDER BY p.participant_number`,
    );
    const lastName = ordered[width === 'desktop' ? 0 : 1].last_name;
    await page.locator('.docket-list button', { hasText: lastName }).click();
    const card = page.locator('.bench-card');
    await card.locator('h2', { hasText: lastName }).waitFor();
    await waitForQuietNetwork(page);

    const top = await card.locator('.bench-decide').innerText();
    expect(top).toMatch(/Ordered at the last hearing/);
    expect(top).toMatch(/Community service[^:\n]*: 8 h ordered, \d of 8 done/);
    expect(top).toMatch(/Treatment provider/);
    expect(top).toMatch(/Next hearing\s+\S.* at \d\d:\d\d/);
    expect(top).toMatch(/Responses of the last six months/);
    expect(await card.locator('.bench-figures').innerText()).toMatch(/Phase \d of \d/);
    expect(await card.locator('.bench-figures').innerText()).toMatch(/Incentives \d+ : Sanctions \d+/);

    // Next court date: the one already set, by its date, not "keep the hearing already scheduled".
    expect(await page.getByLabel('Session').locator('option').first().innerText()).toMatch(/^Keep the hearing already set: .*\d/);

    // No attendance is chosen for the judge, and the form will not record without one.
    for (const name of ['Appeared', 'Failed to appear', 'Excused']) expect(await page.getByRole('radio', { name }).isChecked()).toBe(false);
    const outcomes = async () => (await system.query<{ n: number }>(`SELECT count(*)::int AS n FROM hearing_outcomes`))[0].n;
    const before = await outcomes();
    await page.getByLabel('Notes').fill('Good week.');
    await page.getByRole('button', { name: 'Record and go to the next participant' }).click();
    await page.getByText('Choose whether the participant appeared: nothing is recorded without it.').waitFor();
    expect(await outcomes()).toBe(before);
    expect(await page.getByLabel('Notes').inputValue()).toBe('Good week.');
    expect({ screen: `bench-card-refused-${width}`, violations: await accessibilityViolations(page) }).toEqual({ screen: `bench-card-refused-${width}`, violations: [] });
    await screenshot(page, `judge-bench-card-${width}`);

    await page.getByRole('radio', { name: 'Appeared' }).check();
    await page.getByRole('button', { name: 'Record and go to the next participant' }).click();
    const notice = page.locator('.bench-title .notice');
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(new RegExp(`${lastName}.*Attendance: Appeared.*No sanction or incentive.*No phase change.*Next hearing: `));
    expect(await outcomes()).toBe(before + 1);

    // Back on that participant, the card says what was recorded.
    await page.locator('.docket-list button', { hasText: lastName }).click();
    const recorded = page.locator('.recorded-outcome');
    await recorded.waitFor();
    expect(await recorded.innerText()).toMatch(/Attendance: Appeared \(version 1\)[\s\S]*No sanction or incentive[\s\S]*No phase change[\s\S]*Next hearing: .+ at \d\d:\d\d/);
    expect({ screen: `bench-card-recorded-${width}`, violations: await accessibilityViolations(page) }).toEqual({ screen: `bench-card-recorded-${width}`, violations: [] });
    await context.close();
  }
});

test('a judge without a second factor sets one up at the first sign-in, before anything else', async () => {
  await system.query(
    `WITH u AS (INSERT INTO users (kind, username, display_name, secret_hash, secret_changed_at)
                SELECT 'staff', 'newjudge', 'Judge New', secret_hash, now() FROM users WHERE username = 'judge' RETURNING id)
     INSERT INTO court_memberships (user_id, court_id, role) SELECT u.id, c.id, 'judge' FROM u, courts c WHERE c.code = 'DEMO'`,
  );
  for (const [width, viewport] of [['phone', PHONE]] as const) {
    const { context, page } = await newPage(browser, system.url, viewport);
    await page.goto('/sign-in');
    await page.locator('input[name=username]').fill('newjudge');
    await page.locator('input[name=password]').fill('demo-password');
    await page.locator('form button[type=submit]').click();
    await page.getByRole('heading', { level: 1, name: 'Set up a second factor' }).waitFor();
    expect(await page.getByRole('link', { name: 'Bench' }).count()).toBe(0);
    expect({ screen: `second-factor-${width}`, violations: await accessibilityViolations(page) }).toEqual({ screen: `second-factor-${width}`, violations: [] });
    await page.getByRole('button', { name: 'Set up the authenticator app' }).click();
    const secret = (await page.locator('.secret code').innerText()).trim();
    await screenshot(page, `judge-second-factor-${width}`);
    const code = new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate();
    await page.getByLabel('Code from your authenticator app').fill(code);
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.waitForURL(/\/bench/);
    await page.locator('header.top').waitFor();
    const [enrolled] = await system.query<{ on: boolean }>(`SELECT totp_enabled_at IS NOT NULL AS on FROM users WHERE username = 'newjudge'`);
    expect(enrolled.on).toBe(true);
    await context.close();
  }
});

/** A 1×1 PNG: a real image, so the browser draws it. */
const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

test('a coordinator uploads a photo on the participant page, and the judge sees it on the card', async () => {
  const [person] = await system.query<{ id: string; first_name: string; last_name: string }>(
    `SELECT id, first_name, last_name FROM participants WHERE participant_number = 'D-0003'`,
  );
  const desk = await newPage(browser, system.url, DESKTOP);
  await signInStaff(desk.page, 'coordinator');
  await desk.page.goto(`/participants/${person.id}`);
  await desk.page.getByRole('heading', { level: 1, name: `${person.first_name} ${person.last_name}` }).waitFor();
  await desk.page.locator('#action-photo summary').click();
  // A file that is not an image is refused in the form, and nothing is sent.
  await desk.page.locator('#action-photo input[type=file]').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not an image') });
  await desk.page.getByText('Choose a JPEG or PNG image.').waitFor();
  await desk.page.locator('#action-photo input[type=file]').setInputFiles({ name: 'face.png', mimeType: 'image/png', buffer: TINY_PNG });
  await desk.page.getByRole('button', { name: 'Save the photo' }).click();
  await desk.page.getByText('Photo saved.').waitFor();
  await desk.page.locator(`.participant-header img[alt="Photo of ${person.first_name} ${person.last_name}"]`).waitFor();
  expect({ screen: 'photo-action', violations: await accessibilityViolations(desk.page) }).toEqual({ screen: 'photo-action', violations: [] });
  await desk.context.close();

  const bench = await newPage(browser, system.url, PHONE);
  await signInStaff(bench.page, 'judge');
  await bench.page.waitForURL(/\/bench\/[0-9a-f-]{36}/);
  await bench.page.locator('.docket-list button', { hasText: person.last_name }).click();
  const image = bench.page.locator(`.bench-card img[alt="Photo of ${person.first_name} ${person.last_name}"]`);
  await image.waitFor();
  expect(await image.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBe(1);
  const [read] = await system.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM audit_events WHERE action = 'participant.photo_read' AND $1 = ANY(participant_ids)`,
    [person.id],
  );
  expect(read.n).toBeGreaterThanOrEqual(2);
  await bench.context.close();
});

