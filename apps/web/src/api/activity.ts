/**
 * A person's actions in this tab (a click, a key, a touch, a scroll), as
 * opposed to what the screens do by themselves (boards and the docket refresh
 * every minute). The server's 30-minute idle limit counts only a person's
 * actions: a request made with no input in the last minute carries
 * `X-Background-Refresh: 1` and does not extend the session; and after 30
 * minutes without input the application signs itself out, so a bench left
 * open in an empty courtroom does not stay signed in.
 */

/** The header the API reads; it leaves the session's last activity where it was. */
export const BACKGROUND_HEADER = 'x-background-refresh';

/** A request within this long of a person's input is theirs. */
export const ACTIVE_WINDOW_MS = 60_000;

/** The application signs out after this long without input (the server's idle limit, CJIS: 30 minutes). */
export const IDLE_SIGN_OUT_MS = 30 * 60_000;

/** The kinds of input that are a person's action. */
export const INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

export class Activity {
  private last: number;

  /** Loading the application (signing in, a reload) is an action. */
  constructor(at: number = Date.now()) {
    this.last = at;
  }

  mark(at: number = Date.now()): void {
    this.last = Math.max(this.last, at);
  }

  /** Milliseconds since the last input. */
  idleFor(at: number = Date.now()): number {
    return at - this.last;
  }

  /** True when a request sent now is not a person's: nobody has touched the tab for a minute. */
  isBackground(at: number = Date.now()): boolean {
    return this.idleFor(at) > ACTIVE_WINDOW_MS;
  }

  /** True once the tab has gone untouched for the idle limit. */
  isIdle(at: number = Date.now()): boolean {
    return this.idleFor(at) >= IDLE_SIGN_OUT_MS;
  }
}

/** The tab's one record of input. */
export const activity = new Activity();

/** Listens for input on `target` (the window); returns how to stop. */
export function watchInput(target: Pick<Window, 'addEventListener' | 'removeEventListener'>, record: Activity = activity): () => void {
  const mark = () => record.mark();
  const options = { capture: true, passive: true } as const;
  for (const event of INPUT_EVENTS) target.addEventListener(event, mark, options);
  return () => {
    for (const event of INPUT_EVENTS) target.removeEventListener(event, mark, options);
  };
}
