import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { TestClock } from '@app/core';
import { createTestApi } from './support/test-app';
import { createTestDatabase, testConfig, TestDatabase } from './support/test-env';
import { createCourt, createParticipant, createStaff, dataSourceOf, ParticipantFixture, signIn, signInParticipant } from './support/fixtures';

describe('signing in', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  const clock = new TestClock(new Date('2026-11-23T15:00:00Z'));
  let participant: ParticipantFixture;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApi(testConfig(db.url), clock);
    const ds = dataSourceOf(app);
    const court = await createCourt(ds, 'ALPHA');
    await createStaff(ds, 'alice', 'case_manager', court.id);
    participant = await createParticipant(ds, court, 'A-0001');
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('signs staff in and shows their memberships', async () => {
    const client = await signIn(app, 'alice');
    const me = await client.get('/api/v1/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ kind: 'staff', memberships: [{ code: 'ALPHA', role: 'case_manager' }] });
  });

  it('signs a participant in with court code, number and PIN', async () => {
    const client = await signInParticipant(app, participant);
    const me = await client.get('/api/v1/me');
    expect(me.json()).toMatchObject({ kind: 'participant', participantId: participant.id, memberships: [{ code: 'ALPHA', role: 'participant' }] });
  });
});
