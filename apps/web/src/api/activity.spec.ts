/**
 * A person's input, not a screen's own refresh, keeps a sign-in alive: reads
 * sent with no input for a minute carry X-Background-Refresh, and the tab
 * counts as idle after 30 minutes without input.
 */
import { Activity, ACTIVE_WINDOW_MS, activity, BACKGROUND_HEADER, IDLE_SIGN_OUT_MS, INPUT_EVENTS, watchInput } from './activity';
import { api } from './client';

const MINUTE = 60_000;

describe('a person’s activity in the tab', () => {
  it('counts loading the application and each input, never the passing of time', () => {
    const start = Date.now();
    const record = new Activity(start);
    expect(record.isBackground(start + ACTIVE_WINDOW_MS)).toBe(false);
    expect(record.isBackground(start + ACTIVE_WINDOW_MS + 1)).toBe(true);
    expect(record.isIdle(start + IDLE_SIGN_OUT_MS - 1)).toBe(false);
    expect(record.isIdle(start + 45 * MINUTE)).toBe(true);
    record.mark(start + 20 * MINUTE);
    expect(record.isIdle(start + 45 * MINUTE)).toBe(false);
    expect(record.isIdle(start + 50 * MINUTE)).toBe(true);
  });

  it('listens for pointer, key, wheel and touch input, and stops when asked', () => {
    const listeners = new Map<string, () => void>();
    const target = {
      addEventListener: (event: string, listener: () => void) => listeners.set(event, listener),
      removeEventListener: (event: string) => listeners.delete(event),
    } as unknown as Window;
    const record = new Activity(Date.now() - 10 * MINUTE);
    const stop = watchInput(target, record);
    expect([...listeners.keys()].sort()).toEqual([...INPUT_EVENTS].sort());
    listeners.get('keydown')!();
    expect(record.isBackground()).toBe(false);
    stop();
    expect(listeners.size).toBe(0);
  });
});

describe('the API client', () => {
  const sent: Array<{ method: string; headers: Record<string, string> }> = [];
  const realNow = Date.now();

  beforeAll(() => {
    global.fetch = jest.fn(async (_url: unknown, init?: RequestInit) => {
      sent.push({ method: String(init?.method), headers: init?.headers as Record<string, string> });
      return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
    }) as typeof fetch;
  });

  afterEach(() => {
    jest.restoreAllMocks();
    sent.length = 0;
  });

  it('marks a read sent with no input for a minute as a background refresh, and no other request', async () => {
    activity.mark(realNow);
    await api.get('/courts/c/testing-board');
    jest.spyOn(Date, 'now').mockReturnValue(realNow + 2 * MINUTE);
    await api.get('/courts/c/testing-board');
    await api.post('/participants/p/violations', {});
    expect(sent.map((request) => [request.method, request.headers[BACKGROUND_HEADER]])).toEqual([
      ['GET', undefined],
      ['GET', '1'],
      ['POST', undefined],
    ]);
  });
});
