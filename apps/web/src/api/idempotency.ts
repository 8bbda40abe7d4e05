/**
 * The `Idempotency-Key` of the browser's creating requests. The same request
 * sent again before the first was answered (a second click while the first is
 * on its way) or after the network lost its answer (the clerk presses Save
 * again on a flaky connection) goes with the first's key, so the API creates
 * the record once and answers the retry with the first's answer. Once an
 * answer arrives, whatever it says, the key is done with: the same form sent
 * again later is a new request, with a new key.
 */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

/** 128 random bits as hex; `crypto.randomUUID` exists only on HTTPS pages, `getRandomValues` everywhere. */
function randomKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

interface Unanswered {
  key: string;
  /** Requests with this key still waiting for an answer. */
  inFlight: number;
}

export class IdempotencyKeys {
  private readonly unanswered = new Map<string, Unanswered>();

  constructor(private readonly newKey: () => string = randomKey) {}

  /** The key for sending this request now, and what to call when it is answered (true) or lost (false). */
  take(method: string, path: string, body: unknown): { key: string; settle: (answered: boolean) => void } {
    const request = `${method} ${path} ${JSON.stringify(body ?? null)}`;
    let entry = this.unanswered.get(request);
    if (!entry) {
      entry = { key: this.newKey(), inFlight: 0 };
      this.unanswered.set(request, entry);
    }
    entry.inFlight += 1;
    const taken = entry;
    return {
      key: taken.key,
      settle: (answered) => {
        taken.inFlight -= 1;
        // A lost answer keeps the key for the retry; an answer ends it once no twin is still waiting.
        if (answered && taken.inFlight === 0 && this.unanswered.get(request) === taken) this.unanswered.delete(request);
      },
    };
  }
}
