import { QueueName } from '@app/queue';
import { DataSource } from 'typeorm';
import { PIN } from '../support/fixtures';
import { eventually } from '../support/test-env';
import { BigCourt, createBigCourt, HOUR, insertOpenDraw, jobIds, openDataSource, queueClient, recordMissedCallIns } from './support/fault-fixtures';
import { recordFault, secondsSince } from './support/fault-report';
import { FaultStack, ServerProcess, sleep, startFaultStack } from './support/fault-stack';

jest.setTimeout(240_000);

interface Answer {
  number: string;
  status: number;
  contentType: string;
  receipt?: string;
  error?: string;
}

/**
 * Postgres killed (kill -9 of its postmaster) under a burst of call-ins and
 * when deadlines fire: a participant given a receipt is stored, anyone else
 * gets a clear 5xx problem+json at once and the same receipt on retry; a
 * deadline whose job meets a dead database escalates once it is back.
 */
describe('faults: Postgres killed with work in flight', () => {
  let stack: FaultStack;
  let ds: DataSource;
  let servers: ServerProcess[] = [];

  beforeAll(async () => {
    stack = await startFaultStack('postgres');
    ds = await openDataSource(stack.databaseUrl);
  }, 120_000);

  afterAll(async () => {
    for (const server of servers) await server.kill();
    await ds?.destroy().catch(() => undefined);
    await stack?.stop();
  });

  afterEach(async () => {
    for (const server of servers) await server.kill();
    servers = [];
  });

  async function phoneCallIn(url: string, court: BigCourt, number: string, timeoutMs = 30_000): Promise<Answer> {
    try {
      const response = await fetch(`${url}/api/v1/call-ins/phone`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ courtCode: court.court.code, participantNumber: number, pin: PIN, channel: 'phone' }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const body = (await response.json().catch(() => ({}))) as { receiptCode?: string };
      return { number, status: response.status, contentType: response.headers.get('content-type') ?? '', receipt: body.receiptCode };
    } catch (error) {
      return { number, status: 0, contentType: '', error: (error as Error).name };
    }
  }

  it('5: Postgres killed under 100 concurrent call-ins: every receipt given is stored, the rest get a 5xx problem+json and the same receipt on retry', async () => {
    const COUNT = 100;
    const court = await createBigCourt(ds, 'CALL', COUNT, { pins: true });
    await insertOpenDraw(ds, court);
    // Every call comes from this test's one address, like a phone gateway's: the per-address limits are lifted, and what
    // the kill leaves on the address's sign-in counter (claims of requests cut before they gave them back) is reported.
    const { server, url } = await stack.startApi({
      AUTH_SIGN_IN_PER_MINUTE: '100000',
      RATE_LIMIT_PER_MINUTE: '100000',
      AUTH_SOURCE_LOCKOUT_THRESHOLD: '100000',
    });
    servers.push(server);
    const answered: Answer[] = [];
    let killing: Promise<{ postmasterPid: number }> | undefined;
    let answeredBeforeKill = 0;
    const burst = court.numbers.map((number) =>
      phoneCallIn(url, court, number).then((answer) => {
        answered.push(answer);
        // The tenth answer pulls the trigger at once (kill -9 is sent synchronously): ninety are still in flight.
        if (answered.length === 10) {
          answeredBeforeKill = answered.length;
          killing = stack.killPostgres();
        }
        return answer;
      }),
    );
    const first = await Promise.all(burst);
    const { postmasterPid } = await killing!;
    await sleep(2_000);
    const restarted = Date.now();
    await stack.startPostgres();

    // Nothing hung, and nothing failed without saying so.
    const unclear = first.filter((a) => !(a.status === 200 && a.receipt) && !(a.status >= 500 && a.contentType.includes('application/problem+json')));
    expect(unclear).toEqual([]);
    const given = first.filter((a) => a.status === 200);
    const refused = first.filter((a) => a.status >= 500);
    const stored = new Map<string, string>(
      (
        await stack.db.query(
          `SELECT p.participant_number, c.receipt_code FROM call_ins c JOIN participants p ON p.id = c.participant_id WHERE c.court_id = $1`,
          [court.court.id],
        )
      ).rows.map((r: { participant_number: string; receipt_code: string }) => [r.participant_number, r.receipt_code]),
    );
    const lost = given.filter((a) => stored.get(a.number) !== a.receipt);
    expect(lost).toEqual([]);

    // Each refused caller calls again until answered (the API reconnects by itself).
    const retried = new Map<string, string>();
    for (const answer of refused) {
      let again: Answer | undefined;
      for (let attempt = 0; attempt < 40; attempt++) {
        again = await phoneCallIn(url, court, answer.number);
        if (again.status === 200) break;
        expect(again.status === 0 ? 'hang' : again.contentType).toContain('application/problem+json');
        await sleep(500);
      }
      expect(again?.status).toBe(200);
      retried.set(answer.number, again!.receipt!);
    }
    const recovered = secondsSince(restarted);
    // Calling once more gives everybody the receipt they were given.
    const repeat = await Promise.all(court.numbers.map((number) => phoneCallIn(url, court, number)));
    const receiptOf = new Map([...given.map((a) => [a.number, a.receipt!] as const), ...retried]);
    const changed = repeat.filter((a) => a.status !== 200 || a.receipt !== receiptOf.get(a.number));
    const rows = await stack.count(`SELECT count(*) AS n FROM call_ins WHERE court_id = $1`, [court.court.id]);
    const leaked = await stack.count(`SELECT COALESCE(sum(attempts), 0) AS n FROM sign_in_throttles WHERE scope = 'source'`);
    recordFault({
      scenario: '5 Postgres killed under 100 call-ins',
      inFlight: `${COUNT} concurrent phone call-ins (${answeredBeforeKill} answered before the kill)`,
      killed: `Postgres: kill -9 of the postmaster (pid ${postmasterPid}); restarted 2 s later`,
      lost: lost.length,
      duplicated: rows - COUNT + changed.length,
      recoverSeconds: recovered,
      note:
        `${given.length} got a receipt, ${refused.length} a 5xx problem+json (${[...new Set(refused.map((a) => a.status))].join('/')}), all answered on retry; ` +
        `the address's sign-in counter kept ${leaked} claim(s) of cut requests`,
    });
    expect({ changed: changed.length, rows }).toEqual({ changed: 0, rows: COUNT });
  });

  it('6: Postgres down when 200 deadlines fire: the jobs retry with back-off and each violation escalates once when it is back', async () => {
    const COUNT = 200;
    const court = await createBigCourt(ds, 'PGD', COUNT, { reminderHours: [] });
    const worker = await stack.startWorker();
    servers.push(worker);
    const queue = queueClient(stack.redisPort, stack.queuePrefix, QueueName.Violations);
    try {
      const dueAt = Date.now() + 20_000;
      const ids = await recordMissedCallIns(ds, court, new Date(dueAt - 72 * HOUR), 'pgdown');
      await eventually(
        async () => (await jobIds(queue, 'violation/', ['delayed'])).filter((id) => id.endsWith('/deadline')).length === COUNT,
        15_000,
        'the deadline jobs to be in Redis',
      );
      await sleep(Math.max(0, dueAt - 3_000 - Date.now()));
      const { postmasterPid } = await stack.killPostgres();
      // Down from 3 s before the deadlines until 12 s after them.
      await sleep(Math.max(0, dueAt + 12_000 - Date.now()));
      const restarted = Date.now();
      await stack.startPostgres();
      const fired = () =>
        stack.count(`SELECT count(*) AS n FROM violation_clock_events WHERE violation_id = ANY($1) AND event = 'deadline' AND fired_at IS NOT NULL`, [ids]);
      await eventually(async () => (await fired()) === COUNT, 90_000, 'every deadline to fire once Postgres is back');
      const recovered = secondsSince(restarted);
      await sleep(1_000);
      const [counts] = (
        await stack.db.query(
          `SELECT count(*) FILTER (WHERE e.outcome = 'escalated')::int AS escalated, count(*) FILTER (WHERE v.escalated_at IS NOT NULL)::int AS overdue,
                  min(e.late_by_ms)::int AS min_late
             FROM violation_clock_events e JOIN violations v ON v.id = e.violation_id WHERE e.violation_id = ANY($1)`,
          [ids],
        )
      ).rows;
      const jobs = await Promise.all(ids.slice(0, 20).map((id) => queue.getJob(`violation/${id}/deadline`)));
      const attempts = jobs.map((job) => job?.attemptsMade ?? 0);
      recordFault({
        scenario: '6 Postgres down when deadlines fire',
        inFlight: `${COUNT} deadline jobs due while Postgres is down (15 s)`,
        killed: `Postgres: kill -9 of the postmaster (pid ${postmasterPid}); restarted 12 s after the deadlines`,
        lost: COUNT - counts.overdue,
        duplicated: counts.escalated - counts.overdue,
        recoverSeconds: recovered,
        note: `deadline jobs ran up to ${Math.max(...attempts)} times (retries with exponential back-off)`,
      });
      expect(worker.running).toBe(true);
      expect({ escalated: counts.escalated, overdue: counts.overdue }).toEqual({ escalated: COUNT, overdue: COUNT });
      expect(counts.min_late).toBeGreaterThan(10_000); // none fired while Postgres was down
    } finally {
      await queue.close();
    }
  });
});
