import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { TestClock } from '@app/core';
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { DEMO_SEEDERS } from '../apps/cli/src/seed/demo-seeders';
import { runDemoSeed } from '../apps/cli/src/seed/run-demo-seed';
import { dataSourceOf } from './support/fixtures';
import { createTestApi } from './support/test-app';
import { createTestDatabase, testConfig, TestDatabase } from './support/test-env';

const VERIFIER = resolve(__dirname, '../tools/verify-draw/verify-draw.mjs');

/** docs/verifying-draws.md walks through this: yesterday's draw of the demo court, checked with the standalone script. */
describe('the demo courts’ public draw record', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let base: string;
  // 10:00 in Chicago on 6 December: yesterday is 5 December.
  const clock = new TestClock(new Date('2026-12-06T16:00:00Z'));

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApi(testConfig(db.url), clock);
    const outcome = await runDemoSeed(app, dataSourceOf(app), DEMO_SEEDERS, { production: false, now: clock.now() });
    expect(outcome.seeded).toBe(true);
    await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it.each(['DEMO', 'HOPE'])('lists six weeks of %s draws, and yesterday’s is verified by the standalone script', async (code) => {
    const list = (await app.inject({ method: 'GET', url: `/api/v1/public/courts/${code}/draws` })).json();
    expect(list.chains.map((c: { year: number }) => c.year)).toContain(2026);
    expect(list.days.length).toBeGreaterThanOrEqual(30);
    const yesterday = list.days.find((d: { courtDay: string }) => d.courtDay === '2026-12-05');
    expect(yesterday).toMatchObject({ revealed: true, algorithm: 'chain-token-hmac-sha256/v2' });
    const stdout = await new Promise<string>((done, fail) =>
      execFile(process.execPath, [VERIFIER, `${base}/api/v1/public/courts/${code}/draws/2026-12-05`], (error, out) => (error ? fail(new Error(out)) : done(out))),
    );
    expect(stdout).toContain('VERIFIED');
    expect(stdout).not.toContain('FAIL');
  });
});
