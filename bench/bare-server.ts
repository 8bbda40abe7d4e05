/**
 * The baselines of the HTTP figures: a bare Fastify server with nothing in
 * the way (no auth, no logs, no headers, no framework).
 *
 * `node dist/bench/bare-server.js <port>` answers GET /api/v1/version with
 * the same JSON as the API. Given a database URL as well, it also does the
 * durable work of two business routes through the plain `pg` driver, from a
 * pool of the API's size, the caller naming the participant in a header
 * (`x-participant-id`) instead of signing in:
 *
 * - POST /api/v1/call-ins: in one transaction, the day's draw for the
 *   participant (share-locked, as the API locks it), the call-in upserted on
 *   (participant, day), one audit row (through the same chain trigger);
 * - GET /api/v1/me/today: in one transaction, the participant, the court's
 *   schedule, today's call-in, the next hearing, one audit row.
 */
import Fastify, { FastifyRequest } from 'fastify';
import { randomBytes } from 'node:crypto';
import { Pool, PoolClient } from 'pg';
import { inTransaction } from './harness';

/** DATABASE_POOL_SIZE's default (libs/core/src/config/environment.ts): the API's pool. */
export const API_POOL_SIZE = 10;

const port = Number(process.argv[2]);
const databaseUrl = process.argv[3];
const app = Fastify({ logger: false });
app.get('/api/v1/version', async () => ({ name: 'treatment-court', apiVersion: '1' }));

if (databaseUrl) {
  const pool = new Pool({ connectionString: databaseUrl, max: API_POOL_SIZE, application_name: 'bare-server' });
  const participantOf = (request: FastifyRequest) => String(request.headers['x-participant-id']);
  const audit = (client: PoolClient, courtId: string, participantId: string, action: string, entityIds: string[], details: object) =>
    client.query(
      `INSERT INTO audit_events (occurred_at, actor_user_id, actor_role, court_id, action, entity_type, entity_ids, participant_ids, basis, request_id, details)
       VALUES (now(), NULL, 'participant', $1, $2, 'call_in', $3::uuid[], ARRAY[$4::uuid], 'self', $5, $6)`,
      [courtId, action, entityIds, participantId, randomBytes(16).toString('hex'), JSON.stringify(details)],
    );
  const courtDay = () => new Date().toLocaleDateString('en-CA', { timeZone: 'America/Chicago' });

  app.post('/api/v1/call-ins', async (request) => {
    const participantId = participantOf(request);
    return inTransaction(pool, async (client) => {
      const [participant] = (await client.query<{ court_id: string }>(`SELECT court_id FROM participants WHERE id = $1`, [participantId])).rows;
      const day = courtDay();
      const [drawn] = (
        await client.query<{ report_by: Date; selected: boolean | null }>(
          `SELECT d.report_by, e.selected FROM draws d LEFT JOIN draw_entries e ON e.draw_id = d.id AND e.participant_id = $3
            WHERE d.court_id = $1 AND d.court_day = $2 FOR KEY SHARE OF d`,
          [participant.court_id, day, participantId],
        )
      ).rows;
      const told = drawn?.selected ?? null;
      const [row] = (
        await client.query<{ id: string; receipt_code: string; told: boolean | null }>(
          `INSERT INTO call_ins (court_id, participant_id, court_day, called_at, channel, receipt_code, told, answered_at)
           VALUES ($1, $2, $3, now(), 'web', $4, $5, now())
           ON CONFLICT (participant_id, court_day) DO UPDATE SET told = EXCLUDED.told
           RETURNING id, receipt_code, told`,
          [participant.court_id, participantId, day, randomBytes(4).toString('hex').toUpperCase(), told],
        )
      ).rows;
      await audit(client, participant.court_id, participantId, 'call_in.write', [row.id], { courtDay: day, channel: 'web' });
      return { courtDay: day, status: row.told ? 'selected' : 'not_selected', receiptCode: row.receipt_code, reportBy: drawn?.report_by ?? null };
    });
  });

  app.get('/api/v1/me/today', async (request) => {
    const participantId = participantOf(request);
    return inTransaction(pool, async (client) => {
      const [participant] = (await client.query<{ court_id: string; status: string }>(`SELECT court_id, program_id, status FROM participants WHERE id = $1`, [participantId])).rows;
      const [court] = (
        await client.query<{ time_zone: string }>(
          `SELECT id, time_zone, call_in_window_start, call_in_window_end, report_by_time, draw_lead_minutes FROM courts WHERE id = $1`,
          [participant.court_id],
        )
      ).rows;
      const day = courtDay();
      const stored = (await client.query<{ id: string }>(`SELECT id, called_at, channel, receipt_code, told, answered_at FROM call_ins WHERE participant_id = $1 AND court_day = $2`, [participantId, day])).rows;
      const [hearing] = (
        await client.query(
          `SELECT h.scheduled_at, h.kind, s.courtroom FROM hearings h LEFT JOIN court_sessions s ON s.id = h.session_id
            WHERE h.participant_id = $1 AND h.status = 'scheduled' AND h.scheduled_at >= now() ORDER BY h.scheduled_at LIMIT 1`,
          [participantId],
        )
      ).rows;
      await audit(client, participant.court_id, participantId, 'testing_day.read', stored.map((s) => s.id), { courtDay: day });
      return { courtDay: day, timeZone: court.time_zone, callInRequired: participant.status === 'active', calledIn: stored.length > 0, nextHearing: hearing ?? null };
    });
  });
  app.addHook('onClose', () => pool.end());
}

app.listen({ port, host: '127.0.0.1' }).then(() => process.stdout.write('READY\n'));
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
