/**
 * A creating request sent again before its answer, or after the network lost
 * it, goes with the first's Idempotency-Key; an answered one never does.
 */
import { api } from './client';
import { IDEMPOTENCY_KEY_HEADER, IdempotencyKeys } from './idempotency';

describe('the Idempotency-Key of creating requests', () => {
  let counter = 0;
  const keys = () => new IdempotencyKeys(() => `k${++counter}`);

  it('gives a request sent again while the first waits the same key, and a new one once it is answered', () => {
    const store = keys();
    const first = store.take('POST', '/participants/p/case-notes', { body: 'Met' });
    const twin = store.take('POST', '/participants/p/case-notes', { body: 'Met' });
    expect(twin.key).toBe(first.key);
    expect(store.take('POST', '/participants/p/case-notes', { body: 'Other' }).key).not.toBe(first.key);
    first.settle(true);
    // The twin still waits: a third click joins it.
    expect(store.take('POST', '/participants/p/case-notes', { body: 'Met' }).key).toBe(first.key);
  });

  it('keeps the key of a request whose answer the network lost, for the retry', () => {
    const store = keys();
    const lost = store.take('POST', '/call-ins', {});
    lost.settle(false);
    const retry = store.take('POST', '/call-ins', {});
    expect(retry.key).toBe(lost.key);
    retry.settle(true);
    expect(store.take('POST', '/call-ins', {}).key).not.toBe(lost.key);
  });

  describe('sent by the API client', () => {
    const sent: Array<{ method: string; url: string; key?: string }> = [];
    let fail = false;

    beforeAll(() => {
      global.fetch = jest.fn(async (url: unknown, init?: RequestInit) => {
        sent.push({ method: String(init?.method), url: String(url), key: (init?.headers as Record<string, string>)[IDEMPOTENCY_KEY_HEADER] });
        if (fail) throw new TypeError('Failed to fetch');
        return new Response('{}', { status: 201, headers: { 'content-type': 'application/json' } });
      }) as typeof fetch;
    });

    afterEach(() => {
      sent.length = 0;
      fail = false;
    });

    it('on POSTs only, never on sign-in, the same key for a retry after a lost answer', async () => {
      await api.get('/me');
      await api.signIn('/auth/login', { username: 'u', password: 'p' }).catch(() => undefined);
      fail = true;
      await expect(api.post('/participants/p/case-notes', { body: 'Met' })).rejects.toBeDefined();
      fail = false;
      await api.post('/participants/p/case-notes', { body: 'Met' });
      await api.post('/participants/p/case-notes', { body: 'Met' });
      const [read, signIn, lost, retry, again] = sent;
      expect([read.key, signIn.key]).toEqual([undefined, undefined]);
      expect(lost.key).toMatch(/^[0-9a-f]{32}$/);
      expect(retry.key).toBe(lost.key);
      expect(again.key).not.toBe(lost.key);
    });
  });
});
