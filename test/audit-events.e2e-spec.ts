import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AuditService } from '@app/audit';
import { TestClock } from '@app/core';
import { DataSource } from 'typeorm';
import { createTestApi } from './support/test-app';
import { createTestDatabase, testConfig, TestDatabase } from './support/test-env';
import {
  ApiClient,
  CourtFixture,
  createCourt,
  createParticipant,
  createStaff,
  createTestingProgram,
  dataSourceOf,
  ParticipantFixture,
  placeInProgram,
  signIn,
  signInParticipant,
} from './support/fixtures';

const PROBLEM = 'application/problem+json';

interface AuditEventBody {
  id: string;
  occurredAt: string;
  actorUserId: string | null;
  actorDisplayName: string | null;
  actorRole: string;
  courtCode: string | null;
  action: string;
  participantIds: string[];
  basis: string;
}

describe('audit log over the API', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let ds: DataSource;
  const clock = new TestClock('2026-11-23T15:00:00Z');
  let alpha: CourtFixture;
  let bravo: CourtFixture;
  let pat: ParticipantFixture;
  let sam: ParticipantFixture;
  let bravoParticipant: ParticipantFixture;
  let caseManagerId: string;
  let caseManager: ApiClient;
  let courtAdmin: ApiClient;
  let bravoCaseManager: ApiClient;
  let bravoAdmin: ApiClient;
  let systemAdmin: ApiClient;
  let patClient: ApiClient;

  const auditRows = async () => Number((await ds.query(`SELECT count(*) AS n FROM audit_events`))[0].n);
  const items = (response: { json(): { items: AuditEventBody[] } }) => response.json().items;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApi(testConfig(db.url), clock);
    ds = dataSourceOf(app);
    alpha = await createCourt(ds, 'ALPHA');
    bravo = await createCourt(ds, 'BRAVO', { timeZone: 'Pacific/Honolulu' });
    caseManagerId = (await createStaff(ds, 'cm', 'case_manager', alpha.id)).id;
    await createStaff(ds, 'cadmin', 'court_admin', alpha.id);
    await createStaff(ds, 'cm-b', 'case_manager', bravo.id);
    await createStaff(ds, 'cadmin-b', 'court_admin', bravo.id);
    await createStaff(ds, 'root', 'system_admin', null);
    pat = await createParticipant(ds, alpha, 'A-0001');
    sam = await createParticipant(ds, alpha, 'A-0002');
    bravoParticipant = await createParticipant(ds, bravo, 'B-0001');
    [caseManager, courtAdmin, bravoCaseManager, bravoAdmin, systemAdmin, patClient] = await Promise.all([
      signIn(app, 'cm'),
      signIn(app, 'cadmin'),
      signIn(app, 'cm-b'),
      signIn(app, 'cadmin-b'),
      signIn(app, 'root'),
      signInParticipant(app, pat),
    ]);

    // Some history in both courts: reads through the API, a minute apart.
    expect((await caseManager.get(`/api/v1/participants/${pat.id}`)).statusCode).toBe(200);
    clock.advance(60_000);
    expect((await caseManager.get(`/api/v1/participants/${sam.id}`)).statusCode).toBe(200);
    expect((await bravoCaseManager.get(`/api/v1/participants/${bravoParticipant.id}`)).statusCode).toBe(200);
    // And rows about Pat's drug testing, which Pat must not see (they could predict a test).
    await app.get(AuditService).record({ userId: caseManagerId, role: 'case_manager', requestId: null }, [
      { courtId: alpha.id, action: 'drug_test.selection_read', entityType: 'draw', participantIds: [pat.id], basis: 'role:case_manager' },
      { courtId: alpha.id, action: 'draw.committed', entityType: 'draw', participantIds: [pat.id], basis: 'role:case_manager' },
    ]);
    clock.advance(60_000);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  describe('GET /audit-events', () => {
    it("gives a court administrator their court's rows, newest first, with actor, role and court", async () => {
      const response = await courtAdmin.get('/api/v1/audit-events');
      expect(response.statusCode).toBe(200);
      const rows = items(response);
      expect(rows.length).toBeGreaterThanOrEqual(4);
      expect(rows.every((r) => r.courtCode === 'ALPHA')).toBe(true);
      expect(rows.map((r) => Number(r.id))).toEqual([...rows.map((r) => Number(r.id))].sort((a, b) => b - a));
      expect(rows.find((r) => r.action === 'participant.read' && r.participantIds[0] === pat.id)).toMatchObject({
        actorUserId: caseManagerId,
        actorDisplayName: 'Test cm',
        actorRole: 'case_manager',
        basis: 'role:case_manager',
        occurredAt: '2026-11-23T15:00:00.000Z',
      });
      expect(rows.some((r) => r.participantIds.includes(bravoParticipant.id))).toBe(false);
      expect(response.json().nextBefore).toBeNull();
    });

    it('filters by participant and by user, and records the read against the participant', async () => {
      const aboutPat = items(await courtAdmin.get(`/api/v1/audit-events?participantId=${pat.id}`));
      expect(aboutPat.length).toBeGreaterThan(0);
      expect(aboutPat.every((r) => r.participantIds.includes(pat.id))).toBe(true);
      const [read] = await ds.query(`SELECT * FROM audit_events WHERE action = 'audit.read' ORDER BY id DESC LIMIT 1`);
      expect(read).toMatchObject({ court_id: alpha.id, participant_ids: [pat.id], actor_role: 'court_admin', basis: 'role:court_admin' });

      const byCaseManager = items(await courtAdmin.get(`/api/v1/audit-events?userId=${caseManagerId}`));
      expect(byCaseManager.length).toBeGreaterThan(0);
      expect(byCaseManager.every((r) => r.actorUserId === caseManagerId)).toBe(true);
    });

    it('filters by time: from inclusive, to exclusive', async () => {
      const firstMinute = items(await courtAdmin.get('/api/v1/audit-events?from=2026-11-23T15:00:00Z&to=2026-11-23T15:01:00Z'));
      expect(firstMinute.map((r) => r.participantIds)).toContainEqual([pat.id]);
      expect(firstMinute.every((r) => r.occurredAt >= '2026-11-23T15:00:00.000Z' && r.occurredAt < '2026-11-23T15:01:00.000Z')).toBe(true);
      expect(firstMinute.some((r) => r.participantIds.includes(sam.id))).toBe(false);
    });

    it('pages by id cursor without overlap', async () => {
      const all = items(await courtAdmin.get('/api/v1/audit-events?limit=200')).map((r) => r.id);
      const seen: string[] = [];
      let before: string | null = null;
      do {
        const response = await courtAdmin.get(`/api/v1/audit-events?limit=2${before ? `&before=${before}` : ''}`);
        const page = items(response);
        expect(page.length).toBeLessThanOrEqual(2);
        seen.push(...page.map((r) => r.id));
        before = response.json().nextBefore;
      } while (before);
      // Each read adds its own audit.read row (after the query): compare the rows that existed.
      expect(seen.filter((id) => Number(id) <= Number(all[0]))).toEqual(all);
    });

    it('shows another court nothing of this one', async () => {
      const rows = items(await bravoAdmin.get('/api/v1/audit-events?limit=200'));
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => r.courtCode === 'BRAVO')).toBe(true);
      expect(items(await bravoAdmin.get(`/api/v1/audit-events?participantId=${pat.id}`))).toEqual([]);
      expect(items(await bravoAdmin.get(`/api/v1/audit-events?userId=${caseManagerId}`))).toEqual([]);
    });

    it.each([
      ['a participant id that is not a uuid', 'participantId=abc', 'participantId'],
      ['a user id that is not a uuid', 'userId=1', 'userId'],
      ['a date without a time zone', 'from=2026-11-23T00:00:00', 'from'],
      ['a date that is not a date', 'to=yesterday', 'to'],
      ['from after to', 'from=2026-11-24T00:00:00Z&to=2026-11-23T00:00:00Z', 'to'],
      ['a limit of 0', 'limit=0', 'limit'],
      ['a limit over 200', 'limit=201', 'limit'],
      ['a cursor that is not an id', 'before=abc', 'before'],
      ['an unknown parameter', 'courtId=x', 'courtId'],
    ])('refuses %s with 422 problem+json, and records nothing', async (_what, query, field) => {
      const before = await auditRows();
      const response = await courtAdmin.get(`/api/v1/audit-events?${query}`);
      expect(response.statusCode).toBe(422);
      expect(response.headers['content-type']).toContain(PROBLEM);
      expect(response.json().errors.map((e: { field: string }) => e.field)).toContain(field);
      expect(await auditRows()).toBe(before);
    });

    it('is for court administrators only', async () => {
      expect((await caseManager.get('/api/v1/audit-events')).statusCode).toBe(403);
      expect((await patClient.get('/api/v1/audit-events')).statusCode).toBe(403);
      expect((await systemAdmin.get('/api/v1/audit-events')).statusCode).toBe(403);
      const anonymous = await app.inject({ method: 'GET', url: '/api/v1/audit-events' });
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.headers['content-type']).toContain(PROBLEM);
    });
  });

  describe('GET /participants/:id/access-log', () => {
    it('shows the participant who accessed their record, but nothing about drug-test selection', async () => {
      const response = await patClient.get(`/api/v1/participants/${pat.id}/access-log`);
      expect(response.statusCode).toBe(200);
      const log = response.json().items as Array<Record<string, unknown>>;
      expect(log).toContainEqual({
        id: expect.any(String),
        occurredAt: '2026-11-23T15:00:00.000Z',
        actorDisplayName: 'Test cm',
        actorRole: 'case_manager',
        action: 'participant.read',
        basis: 'role:case_manager',
      });
      // The administrator's search about Pat (earlier test) shows too.
      expect(log.map((e) => e.action)).toContain('audit.read');
      expect(log.some((e) => String(e.action).startsWith('drug_test.selection') || String(e.action).startsWith('draw.'))).toBe(false);
      const [read] = await ds.query(`SELECT * FROM audit_events WHERE action = 'access_log.read' ORDER BY id DESC LIMIT 1`);
      expect(read).toMatchObject({ participant_ids: [pat.id], basis: 'self', actor_role: 'participant' });
    });

    it('shows a court administrator the log of their court’s participants', async () => {
      const response = await courtAdmin.get(`/api/v1/participants/${pat.id}/access-log?limit=1`);
      expect(response.statusCode).toBe(200);
      expect(response.json().items).toHaveLength(1);
      expect(response.json().nextBefore).toEqual(expect.any(String));
    });

    it('is nobody else’s business', async () => {
      expect((await patClient.get(`/api/v1/participants/${sam.id}/access-log`)).statusCode).toBe(404);
      expect((await patClient.get(`/api/v1/participants/${bravoParticipant.id}/access-log`)).statusCode).toBe(404);
      expect((await bravoAdmin.get(`/api/v1/participants/${pat.id}/access-log`)).statusCode).toBe(404);
      expect((await caseManager.get(`/api/v1/participants/${pat.id}/access-log`)).statusCode).toBe(403);
      expect((await systemAdmin.get(`/api/v1/participants/${pat.id}/access-log`)).statusCode).toBe(403);
      expect((await app.inject({ method: 'GET', url: `/api/v1/participants/${pat.id}/access-log` })).statusCode).toBe(401);
      const bad = await patClient.get(`/api/v1/participants/${pat.id}/access-log?limit=500`);
      expect(bad.statusCode).toBe(422);
      expect(bad.headers['content-type']).toContain(PROBLEM);
    });

    it('keeps a staff override of a day ahead (a forced test) out of the participant’s own log until that day is over', async () => {
      const program = await createTestingProgram(ds, alpha.id, 'AUD');
      await placeInProgram(ds, pat.id, program, '2026-10-01');
      // Monday 23 November in Chicago; the test is forced for Wednesday the 25th.
      const forced = await caseManager.post(`/api/v1/participants/${pat.id}/draw-overrides`, { courtDay: '2026-11-25', action: 'force', reason: 'for cause' });
      expect(forced.statusCode).toBe(201);
      expect((await caseManager.get(`/api/v1/participants/${pat.id}/draw-overrides`)).statusCode).toBe(200);
      const overrideRows = (log: Array<{ action: string }>) => log.filter((e) => e.action.startsWith('draw_override.')).map((e) => e.action).sort();

      const before = await patClient.get(`/api/v1/participants/${pat.id}/access-log?limit=100`);
      expect(before.statusCode).toBe(200);
      expect(overrideRows(before.json().items)).toEqual([]);
      // The court administrator's view of the same log is not delayed.
      expect(overrideRows((await courtAdmin.get(`/api/v1/participants/${pat.id}/access-log?limit=100`)).json().items)).toEqual([
        'draw_override.create',
        'draw_override.read',
      ]);

      // Wednesday evening, Chicago: the day is not over yet.
      clock.set(new Date('2026-11-26T05:00:00Z'));
      const onTheDay = await signInParticipant(app, pat);
      expect(overrideRows((await onTheDay.get(`/api/v1/participants/${pat.id}/access-log?limit=100`)).json().items)).toEqual([]);

      // Thursday: the forced day is over, and the log shows who did what.
      clock.set(new Date('2026-11-26T15:00:00Z'));
      const after = await signInParticipant(app, pat);
      expect(overrideRows((await after.get(`/api/v1/participants/${pat.id}/access-log?limit=100`)).json().items)).toEqual([
        'draw_override.create',
        'draw_override.read',
      ]);
    });
  });

  describe('GET /audit-events?groupViews=true', () => {
    interface Line extends AuditEventBody {
      participants: { id: string; participantNumber: string | null; firstName: string; lastName: string }[];
      repeats: { id: string; occurredAt: string }[];
    }
    const lines = (response: { json(): { items: Line[] } }) => response.json().items;
    // Days after the rows above (sessions signed in then have lapsed): these rows form their own run.
    let admin: ApiClient;

    it('folds repeated looks at one record by one person into one line, and names the participant', async () => {
      clock.set(new Date('2026-11-27T09:02:00Z'));
      admin = await signIn(app, 'cadmin');
      const reader = await signIn(app, 'cm');
      for (let i = 0; i < 3; i++) {
        expect((await reader.get(`/api/v1/participants/${pat.id}`)).statusCode).toBe(200);
        // A minute apart: within the fold's ten, and all within the access tokens' five.
        clock.advance(60_000);
      }
      expect((await reader.get(`/api/v1/participants/${sam.id}`)).statusCode).toBe(200);
      const from = encodeURIComponent('2026-11-27T09:00:00Z');
      const folded = lines(await admin.get(`/api/v1/audit-events?groupViews=true&userId=${caseManagerId}&from=${from}`));
      const raw = items(await admin.get(`/api/v1/audit-events?userId=${caseManagerId}&from=${from}`)) as Line[];
      expect(folded.map((l) => [l.action, l.repeats.length + 1])).toEqual([
        ['participant.read', 1],
        ['participant.read', 3],
      ]);
      expect(folded[1].participants).toEqual([{ id: pat.id, participantNumber: 'A-0001', firstName: expect.any(String), lastName: expect.any(String) }]);
      expect(folded[1].repeats.map((r) => r.occurredAt)).toEqual(['2026-11-27T09:03:00.000Z', '2026-11-27T09:02:00.000Z']);
      // Without the flag, one item per row, as before, and the new fields beside the old.
      expect(raw.map((r) => r.action)).toEqual(['participant.read', 'participant.read', 'participant.read', 'participant.read']);
      expect(raw.every((r) => r.repeats.length === 0)).toBe(true);
      expect(raw[0].participants.map((p) => p.participantNumber)).toEqual(['A-0002']);
      // The names shown are recorded as read: the audit read is in Pat's and Sam's access logs.
      const [read] = await ds.query(`SELECT participant_ids FROM audit_events WHERE action = 'audit.read' ORDER BY id DESC LIMIT 1`);
      expect([...read.participant_ids].sort()).toEqual([pat.id, sam.id].sort());
    });

    it('pages folded lines without losing or repeating a row', async () => {
      const from = encodeURIComponent('2026-11-27T09:00:00Z');
      const raw = items(await admin.get(`/api/v1/audit-events?userId=${caseManagerId}&from=${from}`)).map((r) => r.id);
      const seen: string[] = [];
      let before: string | null = null;
      let pages = 0;
      do {
        const response = await admin.get(`/api/v1/audit-events?groupViews=true&limit=1&userId=${caseManagerId}&from=${from}${before ? `&before=${before}` : ''}`);
        const page = lines(response);
        expect(page).toHaveLength(1);
        seen.push(...page.flatMap((l) => [l.id, ...l.repeats.map((r) => r.id)]));
        before = response.json().nextBefore;
        pages++;
      } while (before && pages < 10);
      expect(pages).toBe(2);
      expect(seen).toEqual(raw);
    });

    it('refuses a groupViews that is not true or false with 422, and records nothing', async () => {
      const before = await auditRows();
      const response = await admin.get('/api/v1/audit-events?groupViews=maybe');
      expect(response.statusCode).toBe(422);
      expect(response.headers['content-type']).toContain(PROBLEM);
      expect(response.json().errors.map((e: { field: string }) => e.field)).toContain('groupViews');
      expect(await auditRows()).toBe(before);
    });

    it('exports one row per event, the folded looks included', async () => {
      const from = encodeURIComponent('2026-11-27T09:00:00Z');
      const csv = await admin.get(`/api/v1/audit-events?groupViews=true&userId=${caseManagerId}&from=${from}&format=csv`);
      expect(csv.statusCode).toBe(200);
      expect(csv.body.trim().split('\n')).toHaveLength(1 + 4);
    });
  });

  describe("the application's own database connection", () => {
    it('cannot disable the triggers, change or remove audit rows, or move a chain head, while its own appends go on', async () => {
      const before = await auditRows();
      const [{ user, owns }] = await ds.query(`SELECT current_user AS user, (SELECT count(*)::int FROM pg_class WHERE relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)) AS owns`);
      expect(user).not.toBe('postgres');
      expect(owns).toBe(0);
      for (const sql of [
        `ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_change`,
        `ALTER TABLE audit_events DISABLE TRIGGER ALL`,
        `SET session_replication_role = replica`,
        `UPDATE audit_events SET basis = 'self'`,
        `DELETE FROM audit_events`,
        `TRUNCATE audit_events`,
        `UPDATE audit_chain_heads SET last_hash = repeat('0', 64)`,
      ]) {
        await expect(ds.query(sql)).rejects.toThrow(/permission denied|must be owner/);
      }
      const reader = await signIn(app, 'cm');
      const signedIn = await auditRows();
      expect(signedIn).toBeGreaterThan(before);
      expect((await reader.get(`/api/v1/participants/${sam.id}`)).statusCode).toBe(200);
      expect(await auditRows()).toBe(signedIn + 1);
    });
  });
});
