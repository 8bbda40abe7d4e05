import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { TestClock } from '@app/core';
import { createCourt, CourtFixture, createStaff, dataSourceOf, staffLogin } from './support/fixtures';
import { createTestApi } from './support/test-app';
import { createTestDatabase, testConfig, TestDatabase } from './support/test-env';

const MINUTE = 60_000;
const BACKGROUND = { 'x-background-refresh': '1' };

/**
 * The 30-minute idle limit counts a person's actions, not a screen's
 * automatic refresh: the web application marks the requests a board makes by
 * itself with `X-Background-Refresh: 1`, and those never extend the session.
 */
describe('idle timeout and automatic refreshes', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let court: CourtFixture;
  const clock = new TestClock(new Date('2026-11-23T15:00:00Z'));
  let sequence = 0;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApi(testConfig(db.url, { AUTH_SIGN_IN_PER_MINUTE: '1000', AUTH_SIGN_IN_PER_MINUTE_PER_ACCOUNT: '1000', RATE_LIMIT_PER_MINUTE: '100000' }), clock);
    court = await createCourt(dataSourceOf(app), 'BENCH');
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  /**
   * A browser tab signed in as a new judge, doing what apps/web/src/api/client.ts does: on a 401
   * it refreshes the tokens once and repeats the request; a refused refresh signs the tab out.
   */
  async function openBench() {
    const username = `judge${++sequence}`;
    await createStaff(dataSourceOf(app), username, 'judge', court.id);
    let tokens = (await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: await staffLogin(app, username) })).json();
    let signedIn = true;
    const docket = `/api/v1/courts/${court.id}/court-sessions`;
    const send = (headers: Record<string, string>) =>
      app.inject({ method: 'GET', url: docket, headers: { ...headers, authorization: `Bearer ${tokens.accessToken}` } });
    return {
      get signedIn() {
        return signedIn;
      },
      /** One request; `background` for a screen's own refresh. Answers the final status. */
      async request(background: boolean): Promise<number> {
        const headers = background ? BACKGROUND : {};
        let response = await send(headers);
        if (response.statusCode === 401) {
          const refreshed = await app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken: tokens.refreshToken } });
          if (refreshed.statusCode !== 200) {
            signedIn = false;
            return refreshed.statusCode;
          }
          tokens = refreshed.json();
          response = await send(headers);
        }
        return response.statusCode;
      },
    };
  }

  /** Minutes after the start at which the bench was found signed out, refreshing itself every minute for `minutes`. */
  async function leaveOpen(bench: Awaited<ReturnType<typeof openBench>>, minutes: number, background: boolean): Promise<number | null> {
    for (let minute = 1; minute <= minutes; minute++) {
      clock.advance(MINUTE);
      const status = await bench.request(background);
      if (!bench.signedIn) return minute;
      expect(status).toBe(200);
    }
    return null;
  }

  it('signs out an unattended bench whose docket refreshes itself every minute for 45 minutes', async () => {
    const bench = await openBench();
    expect(await bench.request(false)).toBe(200);
    const signedOutAt = await leaveOpen(bench, 45, true);
    // The last activity was the judge's own request at minute 0: the limit is 30 minutes (touches are written once a minute).
    expect(signedOutAt).not.toBeNull();
    expect(signedOutAt).toBeGreaterThan(30);
    expect(signedOutAt).toBeLessThanOrEqual(32);
    expect(bench.signedIn).toBe(false);
  });

  it('counts a person’s action between automatic refreshes', async () => {
    const bench = await openBench();
    expect(await leaveOpen(bench, 20, true)).toBeNull();
    expect(await bench.request(false)).toBe(200); // the judge clicks at minute 20
    expect(await leaveOpen(bench, 25, true)).toBeNull(); // minute 45: 25 minutes since the click
    const signedOutAt = await leaveOpen(bench, 10, true);
    expect(signedOutAt).toBeGreaterThan(5);
    expect(signedOutAt).toBeLessThanOrEqual(7);
  });

  it('keeps a session whose requests are a person’s own (no header) for 45 minutes', async () => {
    const bench = await openBench();
    expect(await leaveOpen(bench, 45, false)).toBeNull();
    expect(bench.signedIn).toBe(true);
  });
});
