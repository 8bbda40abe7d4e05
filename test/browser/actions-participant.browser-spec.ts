/**
 * The actions on a participant's page, in a real browser against the system
 * started as `npm start` starts it: each written through the screen alone
 * (no API call from the test), checked in the database, refreshed on the
 * screens that show it, offered only to the roles that hold the power, and
 * axe-clean at desktop and phone widths.
 */
import { Browser, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, newPage, PHONE, screenshot, signInStaff, waitForQuietNetwork } from '../support/browser';
import { RunningSystem, startSystem } from '../support/running-system';

jest.setTimeout(240_000);

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

async function openParticipant(page: Page, number: string): Promise<string> {
  const id = await participantId(number);
  await page.goto(`/participants/${id}`);
  await page.locator('#actions-heading').waitFor();
  return id;
}

/** Opens one action's disclosure by keyboard, as someone without a mouse would. */
async function openAction(page: Page, action: string): Promise<void> {
  const group = page.locator(`#action-${action}`);
  if (await group.evaluate((d) => (d as HTMLDetailsElement).open)) return;
  await group.locator('> summary').focus();
  await page.keyboard.press('Enter');
  await page.locator(`#action-${action} .action-body`).waitFor();
}

async function expectAccessible(page: Page, screen: string): Promise<void> {
  expect({ screen, violations: await accessibilityViolations(page) }).toEqual({ screen, violations: [] });
}

test('a case manager writes a case note, records hours and corrects them, records a violation and dismisses it from the deadlines board, once each however often clicked', async () => {
  const { context, page } = await newPage(browser, system.url);
  await signInStaff(page, 'casemanager');
  const id = await openParticipant(page, 'D-0002');

  // A refusal keeps what was typed and shows the API's sentence beside the field it names.
  await openAction(page, 'case-note');
  const note = page.locator('#action-case-note form');
  await note.locator('input[name=occurredOn]').fill('2099-01-01');
  await note.locator('textarea[name=body]').fill('Met at the office: job search going well');
  await note.locator('button[type=submit]').click();
  await note.locator('.field-error').first().waitFor();
  expect(await note.locator('textarea[name=body]').inputValue()).toBe('Met at the office: job search going well');
  const [today] = await system.query<{ day: string }>(`SELECT (now() AT TIME ZONE 'America/Chicago')::date::text AS day`);
  await note.locator('input[name=occurredOn]').fill(today.day);
  // Sent twice before the first answer (a double click, an impatient second press): both go with one Idempotency-Key.
  const posts: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().endsWith('/case-notes')) posts.push(r.headers()['idempotency-key']);
  });
  await note.evaluate((form) => {
    (form as HTMLFormElement).requestSubmit();
    (form as HTMLFormElement).requestSubmit();
  });
  await note.locator('.notice').waitFor();
  expect(posts).toHaveLength(2);
  expect(new Set(posts).size).toBe(1);
  const notes = await system.query<{ id: string }>(`SELECT id FROM case_notes WHERE participant_id = $1 AND body = 'Met at the office: job search going well'`, [id]);
  expect(notes).toHaveLength(1);
  expect(await system.query(`SELECT action FROM audit_events WHERE $1 = ANY(entity_ids)`, [notes[0].id])).toEqual(expect.arrayContaining([{ action: 'case_note.write' }]));
  await page.locator('#action-case-note .effect-list', { hasText: 'job search going well' }).waitFor();
  // The page's timeline shows it too, among the case work.
  await page.locator('.timeline-item', { hasText: 'Met at the office: job search going well' }).waitFor();

  // Hours, then their correction: a negative entry beside the first, the total back where it was.
  await openAction(page, 'community-service');
  const service = page.locator('#action-community-service form');
  await service.locator('input[name=hours]').fill('2.5');
  await service.locator('input[name=description]').fill('Food bank, Main St.');
  await service.locator('button[type=submit]').click();
  await service.locator('.notice').waitFor();
  await page.getByRole('button', { name: /Correct the 2\.5 hours/ }).click();
  expect(await service.locator('input[name=hours]').inputValue()).toBe('-2.5');
  await service.locator('input[name=description]').fill(`${await service.locator('input[name=description]').inputValue()}entered twice`);
  await service.locator('button[type=submit]').click();
  await service.locator('.notice', { hasText: 'Correction' }).waitFor();
  const hours = await system.query<{ amount: string }>(
    `SELECT amount::text FROM participant_ledger_entries WHERE participant_id = $1 AND kind = 'community_service' AND (description = 'Food bank, Main St.' OR description LIKE 'Correction of the 2.5 hours%') ORDER BY created_at`,
    [id],
  );
  expect(hours.map((h) => Number(h.amount))).toEqual([2.5, -2.5]);
  await page.locator('.timeline-item', { hasText: 'Community service: -2.5 h' }).filter({ hasText: 'Correction' }).waitFor();

  // A violation staff saw: its 72-hour clock runs from the moment given, and it shows on the deadlines board.
  await openAction(page, 'violation');
  const violation = page.locator('#action-violation form');
  await violation.locator('select[name=kind]').selectOption('curfew');
  await violation.locator('textarea[name=description]').fill('Not home at the 22:00 curfew check');
  await violation.locator('button[type=submit]').click();
  await violation.locator('.notice').waitFor();
  const [recorded] = await system.query<{ id: string; status: string }>(`SELECT id, status FROM violations WHERE participant_id = $1 AND kind = 'curfew'`, [id]);
  expect(recorded.status).toBe('open');
  await page.locator('#action-violation .open-violation', { hasText: 'Curfew' }).locator('.clock').waitFor();

  await page.goto('/deadlines');
  const row = page.locator('tr', { hasText: 'Curfew' });
  await row.getByRole('button', { name: /^Dismiss the Curfew of / }).click();
  await row.locator('input[name=reason]').fill('The check was at the wrong address');
  await row.getByRole('button', { name: 'Dismiss the violation' }).click();
  await row.waitFor({ state: 'detached' });
  expect(await system.query(`SELECT status, dismissed_reason FROM violations WHERE id = $1`, [recorded.id])).toEqual([
    { status: 'dismissed', dismissed_reason: 'The check was at the wrong address' },
  ]);
  await context.close();
});

test("the participant page's actions are axe-clean, open, at desktop and phone widths", async () => {
  const { context, page } = await newPage(browser, system.url);
  await signInStaff(page, 'coordinator');
  await openParticipant(page, 'D-0003');
  await page.locator('#action-hearing .action-effect').waitFor({ state: 'attached' });
  await page.$$eval('details.action-group', (groups) => groups.forEach((g) => ((g as unknown as { open: boolean }).open = true)));
  await page.locator('#action-violation .open-violation').first().waitFor();
  await page.locator('#actions-heading').scrollIntoViewIfNeeded();
  await screenshot(page, 'coordinator-participant-actions-desktop');
  await expectAccessible(page, 'participant actions, desktop');
  await page.setViewportSize(PHONE);
  await screenshot(page, 'coordinator-participant-actions-phone');
  await expectAccessible(page, 'participant actions, phone');
  await context.close();
});

test('each role sees only the actions it may take: the judge no case work, the court administrator only the PIN reset, which works', async () => {
  const judge = await newPage(browser, system.url);
  await signInStaff(judge.page, 'judge');
  await openParticipant(judge.page, 'D-0002');
  expect(await judge.page.locator('#action-hearing').count()).toBe(1);
  expect(await judge.page.locator('#action-test-day').count()).toBe(1);
  for (const action of ['case-note', 'community-service', 'fee-payments', 'milestone', 'admitted-use', 'referral', 'pin']) {
    expect({ action, shown: await judge.page.locator(`#action-${action}`).count() }).toEqual({ action, shown: 0 });
  }
  // The judge sees the open violations, and records none (staff record them; the judge answers them at the hearing).
  expect(await judge.page.locator('#action-violation select[name=kind]').count()).toBe(0);
  await judge.context.close();

  const caseManager = await newPage(browser, system.url);
  await signInStaff(caseManager.page, 'casemanager');
  await openParticipant(caseManager.page, 'D-0010');
  expect(await caseManager.page.locator('#action-pin').count()).toBe(0);
  await caseManager.context.close();

  const admin = await newPage(browser, system.url);
  await signInStaff(admin.page, 'courtadmin');
  // The page asks only for what the role may read: no trail of refused reads (each would be an audited refusal).
  const refused: string[] = [];
  admin.page.on('response', (response) => {
    if (response.status() === 403) refused.push(response.url());
  });
  const id = await openParticipant(admin.page, 'D-0010');
  await waitForQuietNetwork(admin.page);
  expect(refused).toEqual([]);
  expect(await admin.page.locator('details.action-group').evaluateAll((groups) => groups.map((g) => g.id))).toEqual(['action-pin']);
  await openAction(admin.page, 'pin');
  await admin.page.locator('#action-pin input[name=pin]').fill('111111');
  await admin.page.locator('#action-pin button[type=submit]').click();
  await admin.page.locator('#action-pin .field-error').waitFor();
  expect(await admin.page.locator('#action-pin input[name=pin]').inputValue()).toBe('111111');
  await admin.page.locator('#action-pin input[name=pin]').fill('482916');
  await admin.page.locator('#action-pin button[type=submit]').click();
  await admin.page.locator('#action-pin .notice').waitFor();
  expect(await system.query(`SELECT u.must_change_secret FROM users u JOIN participants p ON p.user_id = u.id WHERE p.id = $1`, [id])).toEqual([{ must_change_secret: true }]);
  await admin.context.close();
});

test('a case manager reading Spanish records a fee payment, a test day excused and more testing, in Spanish', async () => {
  const { context, page } = await newPage(browser, system.url);
  await signInStaff(page, 'casemanager');
  const id = await participantId('D-0008');
  await page.goto(`/participants/${id}`);
  await page.getByLabel('Language').selectOption('es');
  await page.getByRole('heading', { level: 2, name: 'Acciones' }).waitFor();

  await page.locator('summary', { hasText: 'Pagos de tasas' }).click();
  await page.getByLabel('Importe').fill('25');
  await page.getByLabel('Recibo o referencia, o por qué si es una corrección').fill('Recibo 2026-0412');
  await page.getByRole('button', { name: 'Registrar pago' }).click();
  await page.locator('#action-fee-payments .notice', { hasText: 'Pago de' }).waitFor();
  expect(await system.query(`SELECT amount::text FROM participant_ledger_entries WHERE participant_id = $1 AND kind = 'fee_payment' AND description = 'Recibo 2026-0412'`, [id])).toEqual([{ amount: '25.00' }]);

  await page.locator('summary', { hasText: 'Exigir o excusar la prueba de un día' }).click();
  await page.locator('#action-test-day select[name=action]').selectOption('excuse');
  await page.locator('#action-test-day input[name=reason]').fill('Cita médica documentada');
  await page.locator('#action-test-day').getByRole('button', { name: 'Registrar', exact: true }).click();
  await page.locator('#action-test-day .notice', { hasText: 'queda excusada' }).waitFor();
  expect(await system.query(`SELECT action, reason FROM draw_overrides WHERE participant_id = $1 AND withdrawn_at IS NULL`, [id])).toEqual([
    { action: 'excuse', reason: 'Cita médica documentada' },
  ]);

  await page.locator('summary', { hasText: 'Más pruebas durante un periodo' }).click();
  await page.getByLabel('Pruebas por semana').fill('5');
  await page.locator('#action-testing-order input[name=reason]').fill('Sanción: más pruebas durante 4 semanas');
  await page.getByRole('button', { name: 'Ordenar pruebas' }).click();
  await page.locator('#action-testing-order .notice').waitFor();
  expect(await system.query(`SELECT tests_per_week::text FROM testing_orders WHERE participant_id = $1`, [id])).toEqual([{ tests_per_week: expect.stringMatching(/^5(\.0+)?$/) }]);
  await expectAccessible(page, 'participant actions in Spanish');
  await screenshot(page, 'coordinator-participant-actions-es-desktop');
  // The choice was saved with the account: back to English, so the other tests read the screens they expect.
  await page.getByLabel('Idioma').selectOption('en');
  await page.getByRole('heading', { level: 2, name: 'Actions' }).waitFor();
  await context.close();
});

test('a coordinator schedules a hearing at the proposed session, moves it to another, cancels it with a reason, and records a milestone', async () => {
  const { context, page } = await newPage(browser, system.url);
  await signInStaff(page, 'coordinator');
  const id = await openParticipant(page, 'D-0004');
  const before = await system.query<{ id: string }>(`SELECT id FROM hearings WHERE participant_id = $1`, [id]);

  await openAction(page, 'hearing');
  const form = page.locator('#action-hearing form.action-form');
  // The proposal arrives after the form is drawn: wait until it has chosen a session.
  await form.locator('select[name=sessionId] option:checked:not([value=""])').waitFor({ state: 'attached' });
  const proposed = await form.locator('select[name=sessionId]').inputValue();
  expect(proposed).not.toBe('');
  await form.locator('button[type=submit]').click();
  const notice = await form.locator('.notice').innerText();
  const [hearing] = await system.query<{ id: string; session_id: string; kind: string; status: string }>(
    `SELECT id, session_id, kind, status FROM hearings WHERE participant_id = $1 AND NOT (id = ANY($2::uuid[]))`,
    [id, before.map((h) => h.id)],
  );
  expect(hearing).toMatchObject({ session_id: proposed, kind: 'status', status: 'scheduled' });

  // The hearing just set is among those to come, with its own Move and Cancel.
  const when = /set for (.+)\.$/.exec(notice)![1];
  const upcoming = page.locator('#action-hearing .upcoming-hearing', { hasText: when });
  await upcoming.getByRole('button', { name: /^Move/ }).click();
  const target = await upcoming.locator('select[name=sessionId]').inputValue();
  expect(target).not.toBe(proposed);
  await upcoming.locator('button[type=submit]').click();
  await page.locator('#action-hearing .upcoming-hearing', { hasText: when }).waitFor({ state: 'detached' });
  expect(await system.query(`SELECT session_id, status FROM hearings WHERE id = $1`, [hearing.id])).toEqual([{ session_id: target, status: 'scheduled' }]);

  const [{ startsAt }] = await system.query<{ startsAt: string }>(`SELECT scheduled_at AS "startsAt" FROM hearings WHERE id = $1`, [hearing.id]);
  const moved = page.locator('#action-hearing .upcoming-hearing').filter({ has: page.getByRole('button', { name: /^Cancel hearing/ }) });
  expect(await moved.count()).toBeGreaterThan(0);
  const movedWhen = await page.evaluate(
    ([iso]) => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'America/Chicago' }).format(new Date(iso)),
    [new Date(startsAt).toISOString()],
  );
  const movedHearing = page.locator('#action-hearing .upcoming-hearing', { hasText: movedWhen });
  await movedHearing.getByRole('button', { name: /^Cancel hearing/ }).click();
  await movedHearing.getByRole('button', { name: 'Cancel the hearing' }).click();
  await movedHearing.locator('.field-error').waitFor();
  await movedHearing.locator('input[name=reason]').fill('Moved to the violation hearing on Thursday');
  await movedHearing.getByRole('button', { name: 'Cancel the hearing' }).click();
  await movedHearing.waitFor({ state: 'detached' });
  expect(await system.query(`SELECT status, cancellation_reason FROM hearings WHERE id = $1`, [hearing.id])).toEqual([
    { status: 'cancelled', cancellation_reason: 'Moved to the violation hearing on Thursday' },
  ]);

  await openAction(page, 'milestone');
  const milestone = page.locator('#action-milestone form');
  await milestone.locator('input[name=name]').fill('employed or in school');
  await milestone.locator('input[name=evidence]').fill('Pay stub from Acme Ltd');
  await milestone.locator('button[type=submit]').click();
  await milestone.locator('.notice').waitFor();
  await page.locator('#action-milestone .effect-list', { hasText: 'Pay stub from Acme Ltd' }).waitFor();
  expect(await system.query(`SELECT name FROM participant_milestones WHERE participant_id = $1 AND evidence = 'Pay stub from Acme Ltd'`, [id])).toEqual([{ name: 'employed or in school' }]);
  await context.close();
});

test('a case manager records admitted use, is told a referral to the provider already treating the participant exists, records a promotion the court ordered and a status change', async () => {
  const { context, page } = await newPage(browser, system.url);
  await signInStaff(page, 'casemanager');
  const id = await openParticipant(page, 'D-0007');

  await openAction(page, 'admitted-use');
  const admitted = page.locator('#action-admitted-use form');
  await admitted.locator('input[name=substances]').fill('alcohol, cannabis');
  await admitted.locator('button[type=submit]').click();
  await admitted.locator('.notice').waitFor();
  expect(await system.query(`SELECT substances FROM substance_use_admissions WHERE participant_id = $1 AND created_at > now() - interval '5 minutes'`, [id])).toEqual([
    { substances: ['alcohol', 'cannabis'] },
  ]);

  await openAction(page, 'referral');
  const referral = page.locator('#action-referral form');
  await referral.locator('select[name=organisationId]').selectOption({ label: 'Riverside Recovery' });
  await referral.locator('select[name=levelOfCare]').selectOption('2.1');
  await referral.locator('button[type=submit]').click();
  // The demo participant is already in treatment there: the API's sentence says so, and the choices stay as they were.
  await referral.locator('.problem', { hasText: 'already has a current referral to Riverside Recovery' }).waitFor();
  expect(await referral.locator('select[name=levelOfCare]').inputValue()).toBe('2.1');

  await openAction(page, 'phase');
  const phase = page.locator('#action-phase form');
  await phase.locator('textarea[name=reason]').fill('Promoted at the status hearing');
  await phase.locator('button[type=submit]').click();
  await phase.locator('.notice').waitFor();
  const [current] = await system.query<{ position: number; order_note: string }>(
    `SELECT ph.position, pp.order_note FROM participant_phases pp JOIN phases ph ON ph.id = pp.phase_id WHERE pp.participant_id = $1 AND pp.ended_on IS NULL`,
    [id],
  );
  expect(current).toEqual({ position: 2, order_note: 'Promoted at the status hearing' });
  // The header above shows the new phase without a reload.
  await page.locator('.participant-header', { hasText: 'Phase 2' }).waitFor();

  await openAction(page, 'status');
  const status = page.locator('#action-status form');
  await status.locator('select[name=status]').selectOption('medical_leave');
  await status.locator('textarea[name=reason]').fill('Inpatient treatment for two weeks');
  await status.locator('button[type=submit]').click();
  await page.locator('.participant-header', { hasText: 'Medical leave' }).waitFor();
  expect(await system.query(`SELECT status FROM participants WHERE id = $1`, [id])).toEqual([{ status: 'medical_leave' }]);
  await context.close();
});

test("a week's negative tests are one line on the timeline, opened by keyboard to each test, at phone width; positives stay lines of their own", async () => {
  const { context, page } = await newPage(browser, system.url, PHONE);
  await signInStaff(page, 'casemanager');
  // Six weeks of random testing, mostly negative, in the demo.
  await openParticipant(page, 'D-0001');
  const week = page.locator('li.timeline-negative-week').first();
  await week.waitFor();
  const summary = week.locator('summary');
  expect(await summary.innerText()).toMatch(/\d+ negative tests, \S+ \S+ – \S+ \S+/);
  const inside = week.locator('li.timeline-item');
  expect(await inside.first().isVisible()).toBe(false);
  await summary.focus();
  await page.keyboard.press('Enter');
  await inside.first().waitFor();
  expect(await inside.count()).toBe(Number((await summary.innerText()).match(/(\d+) negative tests/)![1]));
  // Nothing but negatives is folded into a week: no positive, missed or pending test hides there.
  expect(await page.locator('li.timeline-negative-week li.timeline-item .badge:not(.badge-ok)').count()).toBe(0);
  await expectAccessible(page, 'timeline with a week opened (phone)');
  await context.close();
});
