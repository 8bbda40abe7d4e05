/**
 * Intake in a real browser, from the web application alone: a referral
 * walked through screening, every party's decision, acceptance, the
 * consent signed on the screen, enrolment with the first hearing from the
 * calendar's proposals and the PIN slip; then the participant signs in
 * with the slip's PIN on a phone, replaces it, and makes their first call-in.
 * Once in English and once in Spanish; the database is only read, to check
 * what the screens did. Every screen passes axe at desktop and phone width.
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

/** The words each walk clicks and reads, in the language of its screens. */
interface Words {
  language: 'en' | 'es';
  staff: string;
  program: string;
  number: string;
  lastName: string;
  newPin: string;
  intake: string;
  refer: string;
  submitReferral: string;
  eligible: string;
  saveScreening: string;
  recordDecision: string;
  reasonRequired: RegExp;
  record: string;
  consentOnFile: string;
  recordConsent: string;
  enrol: string;
  slipTitle: string;
  callIn: string;
  noTest: RegExp;
  signIn: string;
  participantTab: string;
  save: string;
}

const ENGLISH: Words = {
  language: 'en',
  staff: 'coordinator',
  program: 'ATC',
  number: 'D-0101',
  lastName: 'Walkthrough',
  newPin: '470825',
  intake: 'Intake',
  refer: 'New referral',
  submitReferral: 'Refer',
  eligible: 'Eligible',
  saveScreening: 'Save the screening',
  recordDecision: 'Record the decision',
  reasonRequired: /reason is required for a rejection/,
  record: 'Record',
  consentOnFile: 'Consent on file',
  recordConsent: 'Record the consent',
  enrol: 'Enrol',
  slipTitle: 'Your treatment court sign-in',
  callIn: 'Call in now',
  noTest: /No test today/,
  signIn: 'Sign in',
  participantTab: 'Participant',
  save: 'Save',
};

const SPANISH: Words = {
  language: 'es',
  staff: 'casemanager',
  program: 'BOT',
  number: 'D-0102',
  lastName: 'Recorrido',
  newPin: '592837',
  intake: 'Ingreso',
  refer: 'Nueva remisión',
  submitReferral: 'Remitir',
  eligible: 'Elegible',
  saveScreening: 'Guardar la evaluación',
  recordDecision: 'Registrar la decisión',
  reasonRequired: /reason|motivo/i,
  record: 'Registrar',
  consentOnFile: 'Consentimiento registrado',
  recordConsent: 'Registrar el consentimiento',
  enrol: 'Inscribir',
  slipTitle: 'Su acceso al tribunal de tratamiento',
  callIn: 'Reportarme ahora',
  noTest: /Hoy no tiene prueba/,
  signIn: 'Iniciar sesión',
  participantTab: 'Participante',
  save: 'Guardar',
};

async function expectAccessible(page: Page, where: string): Promise<void> {
  expect({ where, violations: await accessibilityViolations(page) }).toEqual({ where, violations: [] });
}

/** The value of the option whose label starts with `text` (programs are listed as "CODE · name"). */
async function optionValue(page: Page, select: string, text: string): Promise<string> {
  const options = await page.locator(`${select} option`).evaluateAll((nodes) => nodes.map((n) => ({ value: (n as HTMLOptionElement).value, label: n.textContent ?? '' })));
  const found = options.find((o) => o.label.startsWith(text));
  if (!found) throw new Error(`no option ${text} in ${select}: ${options.map((o) => o.label).join(', ')}`);
  return found.value;
}

/** Draws a signature on the consent's canvas with the pointer, as a finger on a tablet would. */
async function sign(page: Page): Promise<void> {
  await page.locator('canvas.signature-canvas').scrollIntoViewIfNeeded();
  const box = (await page.locator('canvas.signature-canvas').boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + box.height * 0.7);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) await page.mouse.move(box.x + 20 + i * 20, box.y + box.height * (0.7 - 0.4 * Math.abs(Math.sin(i / 2))));
  await page.mouse.up();
}

async function walk(w: Words): Promise<void> {
  const { context, page } = await newPage(browser, system.url, DESKTOP, w.language === 'es' ? 'es-MX' : 'en-US');
  await signInStaff(page, w.staff);
  if (w.language === 'es') {
    // The court's language is English: a Spanish-speaking case manager chooses Spanish in the header (saved with the account).
    await page.getByLabel('Language').selectOption('es');
    await page.getByLabel('Idioma').waitFor();
  }

  // Referral
  await page.getByRole('navigation').getByRole('link', { name: w.intake, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: w.intake }).waitFor();
  await page.getByRole('link', { name: w.refer }).click();
  await page.locator('input[name=firstName]').fill('Rosa');
  await page.locator('input[name=lastName]').fill(w.lastName);
  await page.locator('input[name=dateOfBirth]').fill('1994-07-21');
  await page.locator('input[name="contact.phone"]').fill('+1 312 555 0142');
  await page.locator('select[name=programId]').selectOption(await optionValue(page, 'select[name=programId]', w.program));
  await page.locator('select[name=referralSource]').selectOption('defense');
  await page.locator('input[name=caseNumbers]').fill(`2026-CF-${w.number}`);
  await page.locator('input[name="charges.0.statute"]').fill('720 ILCS 570/402(c)');
  await page.locator('input[name="charges.0.description"]').fill('Possession of a controlled substance');
  await page.locator('select[name="charges.0.level"]').selectOption('felony');
  await page.locator('select[name="charges.0.category"]').selectOption('drug_possession');
  await expectAccessible(page, `referral form (${w.language})`);
  // A double click refers once (the button waits for the answer; the second request carries the same Idempotency-Key).
  await page.getByRole('button', { name: w.submitReferral, exact: true }).dblclick();
  await page.waitForURL(/\/intake\/[0-9a-f-]{36}$/);
  const participantId = /\/intake\/([0-9a-f-]{36})$/.exec(page.url())![1];
  expect(await system.query(`SELECT id, status FROM participants WHERE last_name = $1`, [w.lastName])).toEqual([{ id: participantId, status: 'referred' }]);

  // Screening
  const today = (await system.query<{ today: string }>(`SELECT to_char(now() AT TIME ZONE 'America/Chicago', 'YYYY-MM-DD') AS today`))[0].today;
  await page.locator('input[name=assessedOn]').fill(today);
  await page.locator('input[name=instrument]').fill('RANT');
  await page.locator('input[name=score]').fill('14');
  await page.locator('select[name=riskLevel]').selectOption('high');
  await page.locator('select[name=needLevel]').selectOption('high');
  await page.getByRole('button', { name: w.saveScreening }).click();
  await page.getByText(w.eligible, { exact: true }).waitFor();
  await expectAccessible(page, `screening (${w.language})`);

  // Each party's decision. A rejection without its reason is refused beside the field, and what was typed stays.
  const party = page.locator('select[name=party]');
  await party.waitFor();
  const firstParty = await party.locator('option').nth(1).getAttribute('value');
  await party.selectOption(firstParty!);
  await page.locator('select[name=decision]').selectOption('reject');
  await page.getByRole('button', { name: w.recordDecision }).click();
  const reasonError = page.locator('.field-invalid').filter({ has: page.locator('textarea[name=reason]') }).locator('.field-error');
  await reasonError.waitFor();
  expect(await reasonError.innerText()).toMatch(w.reasonRequired);
  expect(await party.inputValue()).toBe(firstParty);
  expect(await system.query(`SELECT 1 FROM screening_decisions WHERE participant_id = $1`, [participantId])).toEqual([]);
  await page.locator('select[name=decision]').selectOption('approve');
  await page.getByRole('button', { name: w.recordDecision }).click();
  // The parties still awaited approve, one at a time, until the program has every approval it requires.
  const decisions = page.locator('.decisions li');
  await decisions.first().waitFor();
  for (let recorded = 1; await page.locator('.decisions-pending').count(); recorded++) {
    await party.selectOption((await party.locator('option').nth(1).getAttribute('value'))!);
    await page.locator('select[name=decision]').selectOption('approve');
    await page.getByRole('button', { name: w.recordDecision }).click();
    await decisions.nth(recorded).waitFor();
  }

  // Acceptance
  const acceptance = page.locator('form', { has: page.locator('select[name=status]') });
  await acceptance.locator('select[name=status]').selectOption('accepted');
  await acceptance.locator('textarea[name=reason]').fill('Staffing of this week: admitted.');
  await acceptance.getByRole('button', { name: w.record, exact: true }).click();

  // Enrolment, step 1: the consent, signed on the screen (sent unsigned, the form asks for the signature and sends nothing).
  await page.locator('canvas.signature-canvas').waitFor();
  await page.getByRole('button', { name: w.recordConsent }).click();
  await page.locator('fieldset.signature .field-error').waitFor();
  expect(await system.query(`SELECT 1 FROM consents WHERE participant_id = $1`, [participantId])).toEqual([]);
  await sign(page);
  await expectAccessible(page, `enrolment consent (${w.language})`);
  await screenshot(page, `intake-enrolment-consent${w.language === 'en' ? '' : `-${w.language}`}-desktop`);
  await page.getByRole('button', { name: w.recordConsent }).click();
  await page.getByText(w.consentOnFile).waitFor();
  const [signature] = await system.query<{ method: string; media_type: string; bytes: number }>(
    `SELECT s.method, s.media_type, octet_length(s.content) AS bytes FROM consent_signatures s JOIN consents c ON c.id = s.consent_id WHERE c.participant_id = $1`,
    [participantId],
  );
  expect(signature).toMatchObject({ method: 'drawn', media_type: 'image/png' });
  expect(signature.bytes).toBeGreaterThan(500);

  // Steps 2 and 3: the phase plan shown, the number typed, the proposed first hearing (already chosen), enrol.
  await page.locator('input[name=participantNumber]').fill(w.number);
  if (w.language !== 'en') await page.locator('select[name=language]').selectOption(w.language);
  const proposed = page.locator('input[name=firstHearingAt]:checked');
  await proposed.waitFor();
  const firstHearingAt = await proposed.getAttribute('value');
  await expectAccessible(page, `enrolment (${w.language})`);
  await screenshot(page, `intake-enrolment${w.language === 'en' ? '' : `-${w.language}`}-desktop`);
  await page.getByRole('button', { name: w.enrol, exact: true }).click();
  await page.getByRole('heading', { name: w.slipTitle }).waitFor();
  const pin = (await page.getByTestId('slip-pin').innerText()).trim();
  expect(pin).toMatch(/^\d{6}$/);
  expect((await page.getByTestId('slip-number').innerText()).trim()).toBe(w.number);
  await expectAccessible(page, `PIN slip (${w.language})`);
  await screenshot(page, `intake-pin-slip${w.language === 'en' ? '' : `-${w.language}`}-desktop`);

  const [enrolled] = await system.query<{ status: string; number: string; must_change: boolean; language: string | null }>(
    `SELECT p.status, p.participant_number AS number, u.must_change_secret AS must_change, u.language FROM participants p JOIN users u ON u.id = p.user_id WHERE p.id = $1`,
    [participantId],
  );
  expect(enrolled).toEqual({ status: 'active', number: w.number, must_change: true, language: w.language === 'en' ? null : w.language });
  const hearings = await system.query<{ scheduled_at: Date; on_session: boolean; kind: string }>(
    `SELECT scheduled_at, session_id IS NOT NULL AS on_session, kind FROM hearings WHERE participant_id = $1 AND status = 'scheduled'`,
    [participantId],
  );
  expect(hearings).toEqual([{ scheduled_at: new Date(firstHearingAt!), on_session: true, kind: 'status' }]);
  const actions = (await system.query<{ action: string }>(`SELECT action FROM audit_events WHERE $1 = ANY(participant_ids) ORDER BY id`, [participantId])).map((a) => a.action);
  expect(actions).toEqual(expect.arrayContaining(['participant.refer', 'screening.write', 'screening.decision', 'participant.status_change', 'consent.write', 'participant.enrol']));
  if (w.language !== 'en') {
    // The account's language goes back to the court's, for the tests that sign in as this user next.
    await page.getByRole('link', { name: /Listo|Done/ }).click();
    await page.getByLabel('Idioma').selectOption('en');
    await page.getByLabel('Language').waitFor();
  }
  await context.close();

  // The participant, on a phone, with the slip: the first PIN must be replaced, then they call in.
  const phone = await newPage(browser, system.url, PHONE, w.language === 'es' ? 'es-MX' : 'en-US');
  const signInWith = async (secret: string) => {
    await phone.page.goto('/sign-in');
    await phone.page.getByRole('tab', { name: w.participantTab }).click();
    await phone.page.locator('input[name=court]').fill('DEMO');
    await phone.page.locator('input[name=participantNumber]').fill(w.number);
    await phone.page.locator('input[name=pin]').fill(secret);
    await phone.page.getByRole('button', { name: w.signIn }).click();
  };
  await signInWith(pin);
  await phone.page.locator('input[name=newSecret]').waitFor();
  await phone.page.locator('input[name=currentSecret]').fill(pin);
  await phone.page.locator('input[name=newSecret]').fill(w.newPin);
  await phone.page.getByRole('button', { name: w.save }).click();
  // Replacing the PIN ends every session: the participant signs in again with their own.
  await phone.page.locator('input[name=newSecret]').waitFor({ state: 'detached' });
  await signInWith(w.newPin);
  await phone.page.locator('header.top').waitFor();
  // Their language was set at enrolment: every screen of theirs speaks it, though the court's is English.
  expect(await phone.page.locator('html').getAttribute('lang')).toBe(w.language);
  await phone.page.getByRole('button', { name: w.callIn }).click();
  const answer = phone.page.locator('.answer');
  await answer.waitFor();
  // Enrolled after today's draw was committed, they are in no entry of it: the answer is no test today, with a receipt.
  expect(await answer.innerText()).toMatch(w.noTest);
  const receipt = (await phone.page.locator('.receipt').innerText()).trim();
  expect(await phone.page.locator('main').innerText()).toMatch(/\d/);
  const calls = await system.query<{ told: boolean; receipt_code: string; entries: number }>(
    `SELECT c.told, c.receipt_code,
            (SELECT count(*)::int FROM draw_entries e JOIN draws d ON d.id = e.draw_id WHERE e.participant_id = c.participant_id AND d.court_day = c.court_day) AS entries
       FROM call_ins c WHERE c.participant_id = $1`,
    [participantId],
  );
  expect(calls).toEqual([{ told: false, receipt_code: receipt, entries: 0 }]);
  await expectAccessible(phone.page, `participant's first call-in (${w.language})`);
  await phone.context.close();
}

test('a coordinator walks a referral to enrolment and the participant makes a first call-in, in English', async () => {
  await walk(ENGLISH);
});

test('a case manager walks a referral to enrolment and the participant makes a first call-in, in Spanish', async () => {
  await walk(SPANISH);
});

test('the intake list, the referral form, the court calendar and a participant’s consents pass axe at phone width', async () => {
  const { context, page } = await newPage(browser, system.url, PHONE);
  await signInStaff(page, 'coordinator');
  for (const [path, heading, shot] of [
    ['/intake', 'Intake', 'intake-list-phone'],
    ['/intake/referral', 'New referral', 'intake-referral-phone'],
    ['/calendar', 'Court calendar', 'intake-calendar-phone'],
  ] as const) {
    await page.goto(path);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await page.locator('.loading').waitFor({ state: 'detached' });
    await expectAccessible(page, `${path} at phone width`);
    await screenshot(page, shot);
  }
  await context.close();
});

test('the court calendar: a coordinator adds a session, sets its docket order and cancels it; a case manager sees no such actions', async () => {
  const { context, page } = await newPage(browser, system.url);
  await signInStaff(page, 'coordinator');
  await page.getByRole('navigation').getByRole('link', { name: 'Court calendar' }).click();
  await page.getByRole('heading', { level: 1, name: 'Court calendar' }).waitFor();
  const [{ day }] = await system.query<{ day: string }>(`SELECT to_char((now() AT TIME ZONE 'America/Chicago')::date + 3, 'YYYY-MM-DD') AS day`);
  await page.locator('input[name=date]').fill(day);
  await page.locator('input[name=startTime]').fill('16:15');
  // The courtroom left empty: the API's sentence appears beside it, and the date typed stays.
  await page.getByRole('button', { name: 'Add the session' }).click();
  await page.locator('.field-invalid').filter({ has: page.locator('input[name=courtroom]') }).locator('.field-error').waitFor();
  expect(await page.locator('input[name=date]').inputValue()).toBe(day);
  await page.locator('input[name=courtroom]').fill('Courtroom 9Z');
  await page.locator('input[name=special]').check();
  await page.getByRole('button', { name: 'Add the session' }).click();
  await page.getByText(/Session added: .+, Courtroom 9Z\./).waitFor();
  const row = page.getByRole('row').filter({ hasText: 'Courtroom 9Z' });
  await row.waitFor();
  await expectAccessible(page, 'court calendar');
  await screenshot(page, 'intake-calendar-desktop');
  const [session] = await system.query<{ id: string; special: boolean }>(`SELECT id, special FROM court_sessions WHERE courtroom = 'Courtroom 9Z'`);
  expect(session.special).toBe(true);

  await row.getByRole('button', { name: /Set the docket order/ }).click();
  const orderForm = page.getByRole('form', { name: /^Docket order of the session on/ });
  await orderForm.locator('select[name=docketOrder]').selectOption('violations_first');
  await orderForm.getByRole('button', { name: 'Save the order' }).click();
  await page.getByText(/: Violations first\.$/).waitFor();
  expect((await system.query(`SELECT docket_order FROM court_sessions WHERE id = $1`, [session.id]))[0]).toEqual({ docket_order: 'violations_first' });

  await row.getByRole('button', { name: /Cancel the session on/ }).click();
  await page.locator('textarea[name=reason]').fill('The courtroom is being repaired.');
  await page.getByRole('button', { name: 'Cancel the session', exact: true }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel the session' }).click();
  await page.getByText(/is cancelled\.$/).waitFor();
  expect((await system.query(`SELECT status FROM court_sessions WHERE id = $1`, [session.id]))[0]).toEqual({ status: 'cancelled' });
  await context.close();

  // A case manager reads the calendar but keeps no part of it: no form, no row actions.
  const manager = await newPage(browser, system.url);
  await signInStaff(manager.page, 'casemanager');
  await manager.page.goto('/calendar');
  await manager.page.getByRole('table').waitFor();
  expect(await manager.page.locator('main form, main .row-actions').count()).toBe(0);
  await manager.context.close();
});

test('a participant’s consents: a coordinator records one with a scanned form and revokes it; a judge reads them but has no such actions', async () => {
  const [{ id }] = await system.query<{ id: string }>(`SELECT id FROM participants WHERE participant_number = 'D-0007'`);
  const { context, page } = await newPage(browser, system.url);
  await signInStaff(page, 'coordinator');
  await page.goto(`/participants/${id}`);
  const section = page.locator('section.consents');
  await section.waitFor();
  await section.getByRole('button', { name: 'Record a consent' }).click();
  await section.getByText('Signed paper form, scanned').click();
  await section.locator('input[type=file]').setInputFiles({ name: 'consent.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% signed consent form\n%%EOF\n') });
  await section.getByText('Scanned form attached.').waitFor();
  await section.locator('input[name="information"][value="treatment_plan"]').check();
  await section.getByRole('button', { name: 'Record the consent' }).click();
  await page.getByText('Consent recorded.').waitFor();
  await expectAccessible(page, 'participant consents');
  await screenshot(page, 'intake-participant-consents-desktop');
  const [consent] = await system.query<{ id: string; media_type: string }>(
    `SELECT c.id, s.media_type FROM consents c JOIN consent_signatures s ON s.consent_id = c.id WHERE c.participant_id = $1`,
    [id],
  );
  expect(consent.media_type).toBe('application/pdf');

  const item = section.locator('li.consent-item').filter({ has: page.getByRole('button', { name: 'Show the signed form' }) });
  await item.getByRole('button', { name: 'Show the signed form' }).click();
  await item.getByRole('link', { name: /Download the signed form/ }).waitFor();
  await item.locator('textarea[name=reason]').fill('The participant withdrew the consent in writing.');
  await item.getByRole('button', { name: 'Revoke' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Revoke' }).click();
  await page.getByText('Consent revoked.').waitFor();
  expect((await system.query(`SELECT revoked_at IS NOT NULL AS revoked, revocation_reason FROM consents WHERE id = $1`, [consent.id]))[0]).toEqual({
    revoked: true,
    revocation_reason: 'The participant withdrew the consent in writing.',
  });
  // Signing and revoking are on the participant's timeline, with the reason.
  const revokedEvent = page.locator('ol.timeline li.timeline-casework').filter({ hasText: 'Consent revoked: disclosure to' });
  await revokedEvent.first().waitFor();
  expect(await revokedEvent.first().innerText()).toContain('The participant withdrew the consent in writing.');
  expect(await page.locator('ol.timeline li.timeline-casework').filter({ hasText: 'Consent signed: disclosure to' }).count()).toBeGreaterThan(0);
  await context.close();

  const judge = await newPage(browser, system.url);
  await signInStaff(judge.page, 'judge');
  await judge.page.goto(`/participants/${id}`);
  await judge.page.locator('section.consents li.consent-item').first().waitFor();
  expect(await judge.page.locator('section.consents button:not(.link), section.consents form').count()).toBe(0);
  await judge.context.close();
});
