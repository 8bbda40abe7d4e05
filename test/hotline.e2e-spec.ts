import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DEVELOPMENT_TWILIO_AUTH_TOKEN, TestClock } from '@app/core';
import { DrawMaker } from '@app/drug-testing';
import { DataSource } from 'typeorm';
import {
  CourtFixture,
  createCourt,
  createParticipant,
  createStaff,
  createTestingProgram,
  dataSourceOf,
  expectProblem,
  ParticipantFixture,
  PIN,
  placeInProgram,
  signIn,
  signInParticipant,
} from './support/fixtures';
import { HotlineCaller, spoken, texted } from './support/hotline-caller';
import { createTestApi } from './support/test-app';
import { createTestDatabase, testConfig, TestDatabase } from './support/test-env';

/*
 * Harbor Line (Pacific/Honolulu, UTC-10, window 05:00-09:00): on 2026-11-24
 * the draw is due at 14:00Z and the window is 15:00Z-19:00Z.
 */
const BEFORE_WINDOW = '2026-11-24T14:30:00Z';
const IN_WINDOW = '2026-11-24T15:30:00Z';
const HOTLINE = '+18085550100';
const HELP = '+18085550199';
const BASE = 'http://localhost:3000';
const OWN_PHONE = '+18085551001';
const STRANGER = '+18085559999';

describe('the hotline', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let ds: DataSource;
  let caller: HotlineCaller;
  const clock = new TestClock(BEFORE_WINDOW);
  let court: CourtFixture;
  const p = {} as Record<'spanish' | 'registered' | 'texter' | 'idle' | 'leave', ParticipantFixture>;
  let sid = 0;
  const nextSid = (prefix: 'CA' | 'SM') => `${prefix}${String(++sid).padStart(32, '0')}`;

  /** One whole call: the greeting, then each key pressed in turn, following the TwiML's own next steps. */
  async function call(from: string, keys: string[], callSid = nextSid('CA')): Promise<{ callSid: string; answers: string[] }> {
    const answers: string[] = [];
    let response = await caller.post('/api/v1/hotline/voice', { CallSid: callSid, From: from, To: HOTLINE });
    expect(response.statusCode).toBe(200);
    answers.push(response.body);
    for (const digits of keys) {
      response = await caller.post(caller.next(response.body), { CallSid: callSid, From: from, To: HOTLINE, Digits: digits });
      expect({ status: response.statusCode, body: response.statusCode === 200 ? '' : response.body }).toEqual({ status: 200, body: '' });
      expect(response.headers['content-type']).toContain('text/xml');
      answers.push(response.body);
    }
    return { callSid, answers };
  }

  const text = (from: string, body: string, messageSid = nextSid('SM')) =>
    caller.post('/api/v1/hotline/sms', { MessageSid: messageSid, From: from, To: HOTLINE, Body: body });
  const count = async (table: string, where: string, params: unknown[]) => Number((await ds.query(`SELECT count(*) AS n FROM ${table} WHERE ${where}`, params))[0].n);

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApi(testConfig(db.url, { AUTH_SIGN_IN_PER_MINUTE: '10000', AUTH_SIGN_IN_PER_MINUTE_PER_ACCOUNT: '10000' }), clock);
    ds = dataSourceOf(app);
    caller = new HotlineCaller(app, BASE, DEVELOPMENT_TWILIO_AUTH_TOKEN);
    court = await createCourt(ds, 'LINE', { timeZone: 'Pacific/Honolulu', window: ['05:00', '09:00'] });
    await ds.query(`UPDATE courts SET hotline_number = $2, help_number = $3, name = 'Harbor Line Court' WHERE id = $1`, [court.id, HOTLINE, HELP]);
    const program = await createTestingProgram(ds, court.id, 'ALWAYS', { testsPerWeek: 7 });
    const [site] = await ds.query(
      `INSERT INTO testing_sites (court_id, name, address, hours, translations) VALUES ($1, 'Alpha Lab', '12 Harbor Street', 'Mon-Sun 06:00-17:00', $2) RETURNING id`,
      [court.id, JSON.stringify({ es: { hours: 'lun-dom 06:00-17:00' } })],
    );
    await ds.query(`INSERT INTO program_testing_sites (program_id, testing_site_id) VALUES ($1, $2)`, [program.id, site.id]);
    const numbers = { spanish: 'L-0001', registered: 'L-0002', texter: 'L-0003', idle: 'L-0004', leave: 'L-0005' } as const;
    for (const [key, number] of Object.entries(numbers) as Array<[keyof typeof numbers, string]>) {
      p[key] = await createParticipant(ds, court, number, { status: key === 'leave' ? 'medical_leave' : 'active' });
      await placeInProgram(ds, p[key].id, program, '2026-10-01');
    }
    await ds.query(`INSERT INTO participant_phone_numbers (court_id, participant_id, phone_e164, sms_opt_in) VALUES ($1, $2, $3, true)`, [
      court.id,
      p.registered.id,
      OWN_PHONE,
    ]);
    await createStaff(ds, 'linecm', 'case_manager', court.id);
    expect(await new DrawMaker(ds, clock).drawDueDays(court.id)).toHaveLength(1);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('says when the window opens to a call before it', async () => {
    clock.set(BEFORE_WINDOW);
    const { answers } = await call('+18085552000', ['1', '0001', PIN]);
    expect(spoken(answers[3])).toEqual(['The call-in window is closed. It opens at 05:00, Tuesday, November 24.', 'Goodbye.']);
    expect(await count('call_ins', 'participant_id = $1', [p.spanish.id])).toBe(0);
    clock.set(IN_WINDOW);
  });

  it('answers a caller who chose Spanish in Spanish, with the site and the receipt of the web call-in, and says it again on 9', async () => {
    const { callSid, answers } = await call('+18085552001', ['2', '0001', PIN]);
    const [greeting, numberPrompt, pinPrompt, answer] = answers;
    expect(spoken(greeting)).toEqual([
      "Welcome to the court's daily call-in line.",
      'For English, press 1.',
      'Para español, oprima 2.',
      'Para português, pressione 3.',
    ]);
    expect(greeting).toContain('voice="Polly.Lupe-Neural" language="es-US"');
    expect(spoken(numberPrompt)).toEqual(['Marque su número de participante, solo los dígitos, y después la tecla numeral.']);
    expect(spoken(pinPrompt)).toEqual(['Marque su PIN y después la tecla numeral.']);
    expect(caller.next(pinPrompt)).not.toContain(PIN);

    const web = await (await signInParticipant(app, p.spanish)).post('/api/v1/call-ins', {});
    expect(web.statusCode).toBe(200);
    const receipt: string = web.json().receiptCode;
    const spokenReceipt = receipt.split('-').map((half) => half.split('').join(', ')).join('. ');
    expect(spoken(answer)).toEqual([
      'Usted debe hacerse la prueba hoy.',
      'Vaya a Alpha Lab, 12 Harbor Street. Horario: lun-dom 06:00-17:00.',
      `Entregue su muestra antes de las ${web.json().reportByLocal}.`,
      `Su código de recibo es: ${spokenReceipt}.`,
      'Para escucharlo de nuevo, oprima 9.',
      'Adiós.',
    ]);
    expect(answer).toContain('voice="Polly.Lupe-Neural"');

    const again = await caller.post(caller.next(answer), { CallSid: callSid, From: '+18085552001', To: HOTLINE, Digits: '9' });
    expect(again.body).toBe(answer);
    // The web call-in and the phone call are one call-in, whichever came first.
    expect(await count('call_ins', 'participant_id = $1', [p.spanish.id])).toBe(1);
    const [logged] = await ds.query(`SELECT participant_id, outcome, language, call_in_id, steps FROM hotline_interactions WHERE provider_sid = $1`, [callSid]);
    expect(logged).toMatchObject({ participant_id: p.spanish.id, outcome: 'test_today', language: 'es' });
    expect(logged.call_in_id).not.toBeNull();
    expect(JSON.stringify(logged.steps)).not.toContain(PIN);

    const status = await caller.post('/api/v1/hotline/voice/status', { CallSid: callSid, From: '+18085552001', To: HOTLINE, CallStatus: 'completed', CallDuration: '47' });
    expect(status.statusCode).toBe(204);
    expect((await ds.query(`SELECT duration_seconds, provider_status, outcome FROM hotline_interactions WHERE provider_sid = $1`, [callSid]))[0]).toEqual({
      duration_seconds: 47,
      provider_status: 'completed',
      outcome: 'test_today',
    });
  });

  it('refuses a request not signed, or signed wrongly, and records nothing', async () => {
    const params = { CallSid: nextSid('CA'), From: STRANGER, To: HOTLINE };
    expectProblem(await caller.post('/api/v1/hotline/voice', params, { signature: null }), 403, 'hotline-signature-invalid');
    expectProblem(await caller.post('/api/v1/hotline/voice', params, { signature: 'c2lnbmVkIGJ5IHNvbWVvbmUgZWxzZQ==' }), 403, 'hotline-signature-invalid');
    // Signed for other fields than those sent: a PIN step replayed with another participant's number.
    const signature = (await import('twilio')).default.getExpectedTwilioSignature(DEVELOPMENT_TWILIO_AUTH_TOKEN, `${BASE}/api/v1/hotline/voice`, params);
    expectProblem(await caller.post('/api/v1/hotline/voice', { ...params, From: OWN_PHONE }, { signature }), 403, 'hotline-signature-invalid');
    expect(await count('hotline_interactions', 'provider_sid = $1', [params.CallSid])).toBe(0);
  });

  it('asks a registered number only for the PIN, and gives the same answer by phone and by text', async () => {
    const { callSid, answers } = await call(OWN_PHONE, ['1', PIN]);
    expect(spoken(answers[1])).toEqual(['Enter your PIN, then press the pound key.']);
    expect(spoken(answers[2])[0]).toBe('You must test today.');
    const byText = await text(OWN_PHONE, 'TEST');
    const [message] = texted(byText.body);
    const [{ receipt_code: receipt }] = await ds.query(`SELECT receipt_code FROM call_ins WHERE participant_id = $1`, [p.registered.id]);
    expect(message).toMatch(new RegExp(`^TEST TODAY\\. Give your sample by \\d\\d:\\d\\d at: Alpha Lab, 12 Harbor Street \\(Mon-Sun 06:00-17:00\\)\\. Receipt ${receipt}\\.$`));
    expect(spoken(answers[2]).join(' ')).toContain(receipt.split('-')[0].split('').join(', '));
    expect(await count('call_ins', 'participant_id = $1', [p.registered.id])).toBe(1);
    expect(await count('hotline_interactions', 'participant_id = $1', [p.registered.id])).toBe(2);
    expect(callSid).toBeDefined();
  });

  it('takes a text call-in with the participant number and PIN from any phone, and answers a retried webhook once', async () => {
    const messageSid = nextSid('SM');
    const first = await text('+18085552003', `l-0003 ${PIN}`, messageSid);
    expect(texted(first.body)[0]).toMatch(/^TEST TODAY\./);
    const retried = await text('+18085552003', `l-0003 ${PIN}`, messageSid);
    expect(retried.body).toBe(first.body);
    expect(await count('call_ins', 'participant_id = $1', [p.texter.id])).toBe(1);
    expect(await count('hotline_interactions', 'provider_sid = $1', [messageSid])).toBe(1);
    const wrong = await text('+18085552003', 'L-0003 000000');
    expect(texted(wrong.body)).toEqual(['That participant number and PIN do not match. Text your participant number and PIN, with a space between them.']);
    expect(texted((await text('+18085552003', 'TEST')).body)[0]).toMatch(/not registered/);
    expect(texted((await text('+18085552003', 'what?')).body)[0]).toMatch(/^To call in, reply TEST/);
  });

  it('tells a participant on medical leave they need not call in, and records no call-in', async () => {
    const { answers } = await call('+18085552005', ['1', '0005', PIN]);
    expect(spoken(answers[3])[0]).toBe('You do not need to call in today. If you have questions, call your case manager.');
    expect(await count('call_ins', 'participant_id = $1', [p.leave.id])).toBe(0);
  });

  it("never blocks the participant's own phone for a stranger's wrong PINs", async () => {
    for (let attempt = 0; attempt < 2; attempt++) {
      const { answers } = await call(STRANGER, ['1', '0004', '000000', '0004', '000000', '0004', '000000']);
      expect(spoken(answers.at(-1) as string).join(' ')).toMatch(/do not match|Too many wrong entries/);
    }
    expect(await count('call_ins', 'participant_id = $1', [p.idle.id])).toBe(0);
    const blocked = await call(STRANGER, ['1', '0004', PIN]);
    expect(spoken(blocked.answers[3])[0]).toMatch(/^Too many wrong entries came from this phone/);
    const own = await call('+18085552004', ['1', '0004', PIN]);
    expect(spoken(own.answers[3])[0]).toBe('You must test today.');
  });

  it('stops texts on STOP, answers HELP, and starts them again on START', async () => {
    const stop = await text(OWN_PHONE, 'Stop');
    expect(texted(stop.body)).toEqual(['You will get no more texts from this number. Reply START to get them again.']);
    expect(await count('sms_opt_outs', 'court_id = $1 AND phone_e164 = $2', [court.id, OWN_PHONE])).toBe(1);
    expect((await ds.query(`SELECT sms_opt_in FROM participant_phone_numbers WHERE phone_e164 = $1`, [OWN_PHONE]))[0].sms_opt_in).toBe(false);
    // Nothing more is sent to the number, not even an answer, until START.
    expect(texted((await text(OWN_PHONE, 'TEST')).body)).toEqual([]);
    // The court's name (here "Harbor Line Court") is never in a text: it may name a drug or treatment court.
    const help = texted((await text(OWN_PHONE, 'HELP')).body);
    expect(help).toEqual([`Court call-in line: for help call ${HELP}. Reply TEST to call in, STOP to stop texts.`]);
    expect(help[0]).not.toContain('Harbor');
    const start = await text(OWN_PHONE, 'START');
    expect(texted(start.body)[0]).toMatch(/^You will get texts from this number again/);
    expect(await count('sms_opt_outs', 'court_id = $1 AND phone_e164 = $2', [court.id, OWN_PHONE])).toBe(0);
    expect((await ds.query(`SELECT sms_opt_in FROM participant_phone_numbers WHERE phone_e164 = $1`, [OWN_PHONE]))[0].sms_opt_in).toBe(true);
  });

  it('answers 422 naming a missing field of a signed webhook', async () => {
    const response = await caller.post('/api/v1/hotline/sms', { From: OWN_PHONE, To: HOTLINE, Body: 'TEST' });
    expectProblem(response, 422, 'validation-failed');
    expect(response.json().errors).toEqual([{ field: 'MessageSid', message: 'is required' }]);
  });

  it('shows staff each call and text, masked, on the participant and for the court, and nobody outside it', async () => {
    const cm = await signIn(app, 'linecm');
    const calls = await cm.get(`/api/v1/participants/${p.spanish.id}/hotline-calls`);
    expect(calls.statusCode).toBe(200);
    const [call] = calls.json();
    expect(call).toMatchObject({
      channel: 'voice',
      fromNumber: '+1•••••2001',
      registeredNumber: false,
      outcome: 'test_today',
      language: 'es',
      durationSeconds: 47,
      participantNumber: 'L-0001',
    });
    expect(call.receiptCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    const log = (await cm.get(`/api/v1/courts/${court.id}/hotline-calls`)).json() as Array<{ outcome: string; channel: string; registeredNumber: boolean }>;
    expect(log.map((c) => c.outcome)).toEqual(expect.arrayContaining(['window_not_open', 'test_today', 'wrong_pin', 'blocked', 'opted_out', 'opted_in', 'help']));
    expect(log.some((c) => c.channel === 'sms' && c.registeredNumber)).toBe(true);
    expect(JSON.stringify(log)).not.toContain('+18085552001');
    expectProblem(await (await signInParticipant(app, p.spanish)).get(`/api/v1/participants/${p.spanish.id}/hotline-calls`), 403, 'forbidden');
    expect(await count('audit_events', `action = 'hotline_call.read' AND $1 = ANY(participant_ids)`, [p.spanish.id])).toBe(2);
  });

  it("lets the court's administrator set the hotline and help numbers, one court per hotline number", async () => {
    await createStaff(ds, 'lineadmin', 'court_admin', court.id);
    const admin = await signIn(app, 'lineadmin');
    const other = await createCourt(ds, 'LINE2');
    await ds.query(`UPDATE courts SET hotline_number = '+18085550177' WHERE id = $1`, [other.id]);
    expectProblem(await admin.patch(`/api/v1/courts/${court.id}`, { hotlineNumber: '+18085550177' }), 409, 'hotline-number-taken');
    expectProblem(await admin.patch(`/api/v1/courts/${court.id}`, { helpNumber: '808-555-0199' }), 422, 'validation-failed');
    const changed = await admin.patch(`/api/v1/courts/${court.id}`, { helpNumber: '+18085550198' });
    expect(changed.json()).toMatchObject({ hotlineNumber: HOTLINE, helpNumber: '+18085550198' });
  });

  describe('registered phone numbers', () => {
    it('lets staff register, change and remove a number, refusing a malformed or taken one', async () => {
      const cm = await signIn(app, 'linecm');
      const added = await cm.post(`/api/v1/participants/${p.idle.id}/phone-numbers`, { phoneE164: '+1 (808) 555-3004', label: 'mobile' });
      expect(added.statusCode).toBe(201);
      expect(added.json()).toMatchObject({ phoneE164: '+18085553004', label: 'mobile', smsOptIn: false, optedOut: false });
      expectProblem(await cm.post(`/api/v1/participants/${p.spanish.id}/phone-numbers`, { phoneE164: '+18085553004' }), 409, 'phone-number-taken');
      const malformed = await cm.post(`/api/v1/participants/${p.idle.id}/phone-numbers`, { phoneE164: '808 555 3005' });
      expectProblem(malformed, 422, 'validation-failed');
      expect(malformed.json().errors[0].field).toBe('phoneE164');
      expectProblem(await cm.post(`/api/v1/participants/${p.idle.id}/phone-numbers`, { phoneE164: '+18085553006', owner: 'x' }), 422, 'validation-failed');
      const changed = await cm.patch(`/api/v1/participants/${p.idle.id}/phone-numbers/${added.json().id}`, { smsOptIn: true });
      expect(changed.json().smsOptIn).toBe(true);
      const removed = await cm.request('DELETE', `/api/v1/participants/${p.idle.id}/phone-numbers/${added.json().id}`);
      expect(removed.statusCode).toBe(200);
      expect((await cm.get(`/api/v1/participants/${p.idle.id}/phone-numbers`)).json()).toEqual([]);
      expect(await count('audit_events', `action = 'phone_number.write' AND $1 = ANY(participant_ids)`, [p.idle.id])).toBe(3);
    });

    it("lets a participant keep their own numbers, and nobody else's", async () => {
      const own = await signInParticipant(app, p.texter);
      const added = await own.post('/api/v1/me/phone-numbers', { phoneE164: '+18085553003', smsOptIn: true });
      expect(added.statusCode).toBe(201);
      expect((await own.get('/api/v1/me/phone-numbers')).json()).toEqual([added.json()]);
      expectProblem(await own.get(`/api/v1/participants/${p.idle.id}/phone-numbers`), 404, 'not-found');
      expectProblem(await own.post(`/api/v1/participants/${p.texter.id}/phone-numbers`, { phoneE164: '+18085553013' }), 403, 'forbidden');
      // A call from it now asks only for the PIN.
      const { answers } = await call('+18085553003', ['1']);
      expect(spoken(answers[1])).toEqual(['Enter your PIN, then press the pound key.']);
    });
  });
});
