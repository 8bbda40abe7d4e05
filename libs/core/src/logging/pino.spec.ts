import pino from 'pino';
import { Writable } from 'node:stream';
import { CENSOR, pinoOptions, REDACTED_PATHS, redactor } from './pino';

const redact = redactor(REDACTED_PATHS);

/** A logger configured like createPinoLogger's, writing its lines into an array. */
function capture(): { logger: pino.Logger; lines: () => Array<Record<string, unknown>> } {
  const written: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      written.push(chunk.toString());
      done();
    },
  });
  const logger = pino(pinoOptions('api', 'info'), stream);
  return { logger, lines: () => written.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe('log redaction', () => {
  it('returns a line with nothing to censor as it is, without copying', () => {
    const line = { req: { method: 'GET', url: '/api/v1/version' }, res: { statusCode: 200 }, responseTime: 3 };
    expect(redact(line)).toBe(line);
  });

  it('censors credentials in request and response headers and personal fields one level down', () => {
    const line = {
      req: { method: 'POST', headers: { authorization: 'Bearer x', cookie: 'a=b', accept: 'application/json' } },
      res: { headers: { 'set-cookie': 'c=d', 'content-type': 'text/plain' } },
      participant: { id: 'p1', firstName: 'Ana', lastName: 'Silva', dateOfBirth: '1990-01-01', phone: '555', email: 'a@b.c' },
      body: { password: 'secret', pin: '1234', token: 't', accessToken: 'a', refreshToken: 'r', keep: 'k' },
      firstName: 'top-level fields are not personal by path',
    };
    const before = JSON.stringify(line);
    const out = redact(line) as typeof line;
    expect(out.req.headers).toEqual({ authorization: CENSOR, cookie: CENSOR, accept: 'application/json' });
    expect(out.res.headers).toEqual({ 'set-cookie': CENSOR, 'content-type': 'text/plain' });
    expect(out.participant).toEqual({ id: 'p1', firstName: CENSOR, lastName: CENSOR, dateOfBirth: CENSOR, phone: CENSOR, email: CENSOR });
    expect(out.body).toEqual({ password: CENSOR, pin: CENSOR, token: CENSOR, accessToken: CENSOR, refreshToken: CENSOR, keep: 'k' });
    expect(out.firstName).toBe(line.firstName);
    // The caller's objects are never changed.
    expect(JSON.stringify(line)).toBe(before);
  });

  it('censors the same fields as pino’s own redact option on every kind of line', () => {
    const lines = [
      { req: { headers: { authorization: 'Bearer x' } }, msg: 1 },
      { user: { email: 'a@b.c', name: 'n' }, list: [{ email: 'deeper, not a path' }] },
      { nested: { deeper: { password: 'below the paths' } }, n: 3, s: 'text', nil: null },
    ];
    const withPino = capture();
    const referenceLines: object[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        referenceLines.push(JSON.parse(chunk.toString()) as object);
        done();
      },
    });
    const reference = pino({ level: 'info', base: { service: 'api' }, redact: { paths: REDACTED_PATHS, censor: CENSOR } }, sink);
    for (const line of lines) {
      withPino.logger.info(line, 'line');
      reference.info(line, 'line');
    }
    const strip = (l: object) => ({ ...l, time: 0 });
    expect(withPino.lines().map(strip)).toEqual(referenceLines.map(strip));
  });

  it('keeps an error’s message, stack, type and code, and none of its other fields', () => {
    const { logger, lines } = capture();
    const error = Object.assign(new TypeError('bad input'), { email: 'a@b.c', code: 'x' });
    logger.error({ err: error }, 'failed');
    const [line] = lines();
    expect(line.err).toEqual({ type: 'TypeError', message: 'bad input', code: 'x', stack: expect.any(String) });
    expect(String((line.err as { stack: string }).stack)).toContain('TypeError: bad input');
    expect(JSON.stringify(line)).not.toContain('a@b.c');
    expect(error.email).toBe('a@b.c');
  });

  it('writes the request line of a request’s child logger with its id', () => {
    const { logger, lines } = capture();
    logger.child({ reqId: 'r1' }).info({ req: { method: 'GET', url: '/api/v1/version' }, res: { statusCode: 200 }, responseTime: 1 }, 'request completed');
    expect(lines()[0]).toMatchObject({ service: 'api', reqId: 'r1', req: { method: 'GET', url: '/api/v1/version' }, res: { statusCode: 200 }, msg: 'request completed' });
  });
});
