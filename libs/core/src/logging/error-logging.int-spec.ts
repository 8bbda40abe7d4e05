import { ArgumentsHost, Logger } from '@nestjs/common';
import pino from 'pino';
import { Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase } from '../../../../test/support/test-env';
import { ProblemDetailsFilter } from '../errors/problem-details.filter';
import { ProblemTranslator } from '../i18n/problem-translator';
import { pinoOptions } from './pino';
import { PinoNestLogger } from './pino-nest-logger';

/** Personal values of the rows the failing inserts carry. */
const LAST_NAME = 'Quispe-Mamani';
const BIRTH_DATE = '1987-03-14';
const PHONE = '+1 808 555 0142';

/**
 * An unexpected database error takes the API's real path to the log: the
 * global filter, Nest's logger, pino with the API's options. The line names
 * the error, its code, constraint and table, and carries a stack, but no
 * parameter of the statement and no value Postgres quotes in `detail`.
 */
describe('unexpected errors in the log', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  const written: string[] = [];
  const filter = new ProblemDetailsFilter(new ProblemTranslator());

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = new DataSource({ type: 'postgres', url: db.url, poolSize: 2 });
    await dataSource.initialize();
    await dataSource.query(
      `CREATE TABLE log_probe_people (id serial PRIMARY KEY, last_name text NOT NULL, date_of_birth date NOT NULL, phone text,
         CONSTRAINT uq_log_probe_person UNIQUE (last_name, date_of_birth))`,
    );
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        written.push(chunk.toString());
        done();
      },
    });
    Logger.overrideLogger(new PinoNestLogger(pino(pinoOptions('api', 'info'), stream)));
  });

  afterAll(async () => {
    Logger.overrideLogger(false);
    await dataSource?.destroy();
    await db?.drop();
  });

  beforeEach(() => {
    written.length = 0;
  });

  /** Runs the error through the filter as a request to `url` would, and answers the status and the log lines. */
  function handle(error: unknown, url = '/api/v1/participants'): { status: number; body: unknown; lines: Array<Record<string, unknown>> } {
    const reply = { statusCode: 0, body: undefined as unknown, header: () => reply, status: (code: number) => ((reply.statusCode = code), reply), send: (body: unknown) => ((reply.body = body), reply), getHeader: () => undefined };
    const request = { url, id: 'req-1', headers: {} };
    const host = { switchToHttp: () => ({ getRequest: () => request, getResponse: () => reply }) } as unknown as ArgumentsHost;
    filter.catch(error, host);
    return { status: reply.statusCode, body: reply.body, lines: written.map((line) => JSON.parse(line) as Record<string, unknown>) };
  }

  const failure = async (run: () => Promise<unknown>): Promise<unknown> => {
    try {
      await run();
    } catch (error) {
      return error;
    }
    throw new Error('expected the statement to fail');
  };

  it('logs a unique violation with its class, code, constraint and table, and none of the personal values', async () => {
    const insert = () =>
      dataSource.query(`INSERT INTO log_probe_people (last_name, date_of_birth, phone) VALUES ($1, $2, $3)`, [LAST_NAME, BIRTH_DATE, PHONE]);
    await insert();
    const error = await failure(insert);
    // The error itself carries them: the parameters, and Postgres's detail `Key (last_name, date_of_birth)=(…)`.
    expect(JSON.stringify({ ...(error as object) })).toContain(LAST_NAME);

    const { status, lines } = handle(error);
    expect(status).toBe(500);
    expect(lines).toHaveLength(1);
    const [line] = lines;
    expect(line).toMatchObject({
      level: 50,
      msg: 'unexpected error',
      errorId: expect.any(String),
      err: {
        type: 'QueryFailedError',
        code: '23505',
        constraint: 'uq_log_probe_person',
        table: 'log_probe_people',
        schema: 'public',
        message: 'duplicate key value violates unique constraint "uq_log_probe_person"',
      },
    });
    expect(String((line.err as { stack: string }).stack)).toMatch(/^QueryFailedError: duplicate key value[^\n]*\n\s+at /);
    const text = written.join('');
    for (const value of [LAST_NAME, BIRTH_DATE, '1987', PHONE, 'Key (', 'INSERT INTO']) expect(text).not.toContain(value);
    expect(line.err).not.toHaveProperty('parameters');
    expect(line.err).not.toHaveProperty('query');
    expect(line.err).not.toHaveProperty('detail');
    expect(line.err).not.toHaveProperty('driverError');
  });

  it('replaces a value Postgres quotes in its message, keeping the names it quotes', async () => {
    const error = await failure(() => dataSource.query(`SELECT $1::date AS born`, [`${LAST_NAME} born ${BIRTH_DATE}`]));
    expect((error as Error).message).toContain(LAST_NAME);
    const notNull = await failure(() => dataSource.query(`INSERT INTO log_probe_people (last_name, date_of_birth) VALUES ($1, NULL)`, [LAST_NAME]));

    const { lines } = handle(error);
    handle(notNull);
    const text = written.join('');
    expect(text).not.toContain(LAST_NAME);
    expect(text).not.toContain(BIRTH_DATE);
    expect(lines[0].err).toMatchObject({ type: 'QueryFailedError', code: '22007', message: 'invalid input syntax for type date: "[redacted]"' });
    const last = JSON.parse(written[written.length - 1]) as { err: Record<string, unknown> };
    expect(last.err).toMatchObject({
      code: '23502',
      table: 'log_probe_people',
      column: 'date_of_birth',
      message: 'null value in column "date_of_birth" of relation "log_probe_people" violates not-null constraint',
    });
  });
});
