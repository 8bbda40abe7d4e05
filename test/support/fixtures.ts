import { hash } from '@node-rs/argon2';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { DataSource } from 'typeorm';
import { ROLES_ALWAYS_REQUIRING_SECOND_FACTOR, TotpService } from '@app/auth';
import { Clock } from '@app/core';

/**
 * Records for access tests, written straight to the database (the admin
 * APIs have their own tests), and a client that signs in over HTTP.
 */

export const PASSWORD = 'correct-horse-battery';
export const PIN = '135790';

/** argon2id with low cost: fixtures are many, and the cost parameters live in the hash. */
const hashSecret = (secret: string) => hash(secret, { algorithm: 2, memoryCost: 1024, timeCost: 1, parallelism: 1 });

export function dataSourceOf(app: NestFastifyApplication): DataSource {
  return app.get<DataSource>(getDataSourceToken());
}

export interface CourtFixture {
  id: string;
  code: string;
}

export async function createCourt(
  ds: DataSource,
  code: string,
  options: { timeZone?: string; window?: [string, string]; mfaRequiredRoles?: string[] } = {},
): Promise<CourtFixture> {
  const [row] = await ds.query(
    `INSERT INTO courts (code, name, time_zone, call_in_window_start, call_in_window_end, mfa_required_roles)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [code, `${code} Court`, options.timeZone ?? 'America/Chicago', options.window?.[0] ?? '00:00', options.window?.[1] ?? '24:00', options.mfaRequiredRoles ?? []],
  );
  return { id: row.id, code };
}

export async function createOrganisation(ds: DataSource, courtId: string, name: string): Promise<string> {
  const [row] = await ds.query(`INSERT INTO provider_organisations (court_id, name) VALUES ($1, $2) RETURNING id`, [courtId, name]);
  return row.id;
}

export interface StaffFixture {
  id: string;
  username: string;
}

/** A staff user with a role in a court (or the system administrator, when `role` is `system_admin`). */
export async function createStaff(
  ds: DataSource,
  username: string,
  role: string,
  courtId: string | null,
  options: { organisationId?: string; password?: string; active?: boolean } = {},
): Promise<StaffFixture> {
  const [user] = await ds.query(
    `INSERT INTO users (kind, username, display_name, secret_hash, system_role, active)
     VALUES ('staff', $1, $2, $3, $4, $5) RETURNING id`,
    [username, `Test ${username}`, await hashSecret(options.password ?? PASSWORD), role === 'system_admin' ? 'system_admin' : null, options.active ?? true],
  );
  if (role !== 'system_admin' && courtId) await addMembership(ds, user.id, courtId, role, options.organisationId);
  return { id: user.id, username };
}

export async function addMembership(ds: DataSource, userId: string, courtId: string, role: string, organisationId?: string): Promise<void> {
  await ds.query(`INSERT INTO court_memberships (user_id, court_id, role, organisation_id) VALUES ($1, $2, $3, $4)`, [
    userId,
    courtId,
    role,
    organisationId ?? null,
  ]);
}

export interface ParticipantFixture {
  id: string;
  userId: string;
  number: string;
  courtCode: string;
}

/** A participant with a sign-in account (PIN) and a membership in their court. */
export async function createParticipant(
  ds: DataSource,
  court: CourtFixture,
  number: string,
  options: { firstName?: string; lastName?: string; status?: string; caseManagerId?: string; pin?: string } = {},
): Promise<ParticipantFixture> {
  const [user] = await ds.query(
    `INSERT INTO users (kind, username, display_name, secret_hash) VALUES ('participant', NULL, $1, $2) RETURNING id`,
    [number, await hashSecret(options.pin ?? PIN)],
  );
  await addMembership(ds, user.id, court.id, 'participant');
  const [participant] = await ds.query(
    `INSERT INTO participants (court_id, participant_number, first_name, last_name, status, user_id, case_manager_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [court.id, number, options.firstName ?? 'Pat', options.lastName ?? `Doe ${number}`, options.status ?? 'active', user.id, options.caseManagerId ?? null],
  );
  return { id: participant.id, userId: user.id, number, courtCode: court.code };
}

export interface ProgramFixture {
  id: string;
  phasePlanId: string;
  phaseId: string;
}

/** A program with one phase testing `testsPerWeek` times a week, and optional testing guard rails. */
export async function createTestingProgram(
  ds: DataSource,
  courtId: string,
  code: string,
  options: { testsPerWeek?: number; maxUntestedDays?: number; maxTestsPer7Days?: number; model?: string } = {},
): Promise<ProgramFixture> {
  const [program] = await ds.query(
    `INSERT INTO programs (court_id, code, name, model, max_untested_days, max_tests_per_7_days) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [courtId, code, `${code} program`, options.model ?? 'hope_probation', options.maxUntestedDays ?? null, options.maxTestsPer7Days ?? null],
  );
  const [plan] = await ds.query(`INSERT INTO phase_plans (program_id, version) VALUES ($1, 1) RETURNING id`, [program.id]);
  const [phase] = await ds.query(`INSERT INTO phases (phase_plan_id, position, name, tests_per_week) VALUES ($1, 1, 'Phase 1', $2) RETURNING id`, [
    plan.id,
    options.testsPerWeek ?? 3,
  ]);
  return { id: program.id, phasePlanId: plan.id, phaseId: phase.id };
}

/** Puts an active participant in the program's first phase, enrolled on `enrolledOn`. */
export async function placeInProgram(ds: DataSource, participantId: string, program: ProgramFixture, enrolledOn: string): Promise<void> {
  await ds.query(
    `UPDATE participants SET program_id = $2, phase_plan_id = $3, phase_id = $4, phase_started_on = $5, enrolled_on = $5 WHERE id = $1`,
    [participantId, program.id, program.phasePlanId, program.phaseId, enrolledOn],
  );
}

/**
 * The day fixtures sign and refer on unless told: before every date the tests'
 * clocks are set to, and never Postgres' CURRENT_DATE, which runs on real time.
 */
export const FIXTURE_SIGNED_ON = '2026-01-01';

export async function referToProvider(ds: DataSource, participantId: string, organisationId: string, referredOn = FIXTURE_SIGNED_ON): Promise<string> {
  const [row] = await ds.query(
    `INSERT INTO provider_referrals (participant_id, organisation_id, referred_on) VALUES ($1, $2, $3) RETURNING id`,
    [participantId, organisationId, referredOn],
  );
  return row.id;
}

/** A consent from the provider organisation to the court team (or to the organisation), covering `information`. */
export async function createConsent(
  ds: DataSource,
  participant: { id: string },
  courtId: string,
  options: {
    discloserOrganisationId?: string | null;
    recipientType?: 'court_team' | 'organisation' | 'person';
    recipientOrganisationId?: string | null;
    recipientUserId?: string | null;
    information?: string[];
    expiresOn?: string | null;
    expiryEvent?: string | null;
    signedOn?: string;
    recordedBy: string;
  },
): Promise<string> {
  const [row] = await ds.query(
    `INSERT INTO consents (court_id, participant_id, discloser_organisation_id, recipient_type, recipient_organisation_id,
                           recipient_user_id, recipient_description, information, purpose, expires_on, expiry_event,
                           signed_on, signed_by, recorded_by)
     VALUES ($1, $2, $3, $4, $5, $6, 'the court team', $7, 'monitoring of treatment court participation', $8, $9,
             $11, 'the participant', $10) RETURNING id`,
    [
      courtId,
      participant.id,
      options.discloserOrganisationId ?? null,
      options.recipientType ?? 'court_team',
      options.recipientOrganisationId ?? null,
      options.recipientUserId ?? null,
      options.information ?? ['treatment_attendance', 'treatment_progress'],
      options.expiresOn === undefined ? null : options.expiresOn,
      options.expiryEvent === undefined ? 'program_discharge' : options.expiryEvent,
      options.recordedBy,
      options.signedOn ?? FIXTURE_SIGNED_ON,
    ],
  );
  return row.id;
}

/** An HTTP client for one signed-in user. */
export class ApiClient {
  constructor(
    private readonly app: NestFastifyApplication,
    readonly accessToken: string,
    readonly refreshToken: string,
  ) {}

  /** `headers` add to the authorization, e.g. `{ 'accept-language': 'es' }`. */
  request(method: InjectOptions['method'], url: string, payload?: unknown, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.app.inject({
      method,
      url,
      headers: { ...headers, authorization: `Bearer ${this.accessToken}` },
      ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
    });
  }

  get(url: string) {
    return this.request('GET', url);
  }

  post(url: string, payload: unknown = {}) {
    return this.request('POST', url, payload);
  }

  put(url: string, payload: unknown = {}) {
    return this.request('PUT', url, payload);
  }

  patch(url: string, payload: unknown = {}) {
    return this.request('PATCH', url, payload);
  }
}

/**
 * The body of a staff sign-in, with the second factor's current code when
 * the account has one or must have one (judges, court administrators,
 * system administrators, and roles a court names). Such an account not yet
 * enrolled is enrolled here, as its owner would have done at first sign-in,
 * so that tests of everything else sign in with a real code. Each code works
 * once; tests sign one account in many times a minute, so the account's last
 * used step is forgotten first. `secondFactor: false` leaves the account as
 * it is and sends no code (tests of enrolment itself).
 */
export async function staffLogin(
  app: NestFastifyApplication,
  username: string,
  password = PASSWORD,
  options: { secondFactor?: boolean } = {},
): Promise<{ username: string; password: string; totp?: string }> {
  if (options.secondFactor === false) return { username, password };
  const ds = dataSourceOf(app);
  const [user] = (await ds.query(
    `SELECT u.id, u.totp_secret_encrypted AS stored, u.totp_enabled_at IS NOT NULL AS enrolled,
            u.system_role = 'system_admin'
            OR EXISTS (SELECT 1 FROM court_memberships m JOIN courts c ON c.id = m.court_id
                        WHERE m.user_id = u.id AND c.active AND (m.role = ANY($2::text[]) OR m.role = ANY(c.mfa_required_roles))) AS required
       FROM users u WHERE u.kind = 'staff' AND u.username = $1`,
    [username.trim().toLowerCase(), ROLES_ALWAYS_REQUIRING_SECOND_FACTOR],
  )) as Array<{ id: string; stored: string | null; enrolled: boolean; required: boolean }>;
  if (!user || !(user.enrolled || user.required)) return { username, password };
  const totp = app.get(TotpService);
  let secret: string;
  if (user.enrolled && user.stored) secret = totp.decrypt(user.stored);
  else {
    secret = totp.newSecret();
    await ds.query(`UPDATE users SET totp_secret_encrypted = $2, totp_enabled_at = now() WHERE id = $1`, [user.id, totp.encrypt(secret)]);
  }
  await ds.query(`UPDATE users SET totp_last_step = NULL WHERE id = $1`, [user.id]);
  return { username, password, totp: totp.codeAt(secret, app.get(Clock).now()) };
}

export async function signIn(
  app: NestFastifyApplication,
  username: string,
  password = PASSWORD,
  options: { secondFactor?: boolean } = {},
): Promise<ApiClient> {
  let payload = await staffLogin(app, username, password, options);
  let response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload });
  // Two sign-ins of one account at once present the same code; the one that came second asks again, as a person would.
  for (let retry = 0; retry < 3 && response.statusCode === 401 && payload.totp; retry++) {
    payload = await staffLogin(app, username, password, options);
    response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload });
  }
  if (response.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${response.statusCode} ${response.body}`);
  const body = response.json();
  return new ApiClient(app, body.accessToken, body.refreshToken);
}

export async function signInParticipant(app: NestFastifyApplication, participant: ParticipantFixture, pin = PIN): Promise<ApiClient> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/participant-login',
    payload: { court: participant.courtCode, participantNumber: participant.number, pin },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in of ${participant.number} failed: ${response.statusCode} ${response.body}`);
  const body = response.json();
  return new ApiClient(app, body.accessToken, body.refreshToken);
}

/**
 * Asserts an RFC 9457 problem: the status, the stable `code`, and the
 * problem+json content type. On a wrong status the body is shown, so a
 * failing test says what the API answered instead.
 */
export function expectProblem(response: LightMyRequestResponse, status: number, code: string): void {
  expect({ status: response.statusCode, code: response.json().code, body: response.statusCode === status ? undefined : response.body }).toEqual({
    status,
    code,
    body: undefined,
  });
  expect(response.headers['content-type']).toContain('application/problem+json');
}

/** The fields a 422 problem names, in order. */
export const fieldsOf = (response: LightMyRequestResponse): string[] => response.json<{ errors: Array<{ field: string }> }>().errors.map((e) => e.field);
