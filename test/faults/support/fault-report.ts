/**
 * What each fault scenario did, one JSON line per scenario, for the table the
 * fault reporter (test/support/faults-reporter.cjs) prints at the end of the run.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface FaultRow {
  /** The scenario's number and name, e.g. `1 Redis killed under the relay`. */
  scenario: string;
  /** What was in flight when the process died. */
  inFlight: string;
  /** What was killed, and how. */
  killed: string;
  lost: number;
  duplicated: number;
  /** From the process coming back (or the fault) to every effect checked in Postgres. */
  recoverSeconds: number;
  /** Anything else worth a line in the table. */
  note?: string;
}

/** The reporter sets FAULTS_RESULTS to a file of its own run; a spec run without it writes here. */
export function resultsFile(): string {
  return process.env.FAULTS_RESULTS ?? join(tmpdir(), 'tc-faults', 'results.jsonl');
}

export function recordFault(row: FaultRow): void {
  const file = resultsFile();
  mkdirSync(dirname(file), { recursive: true });
  appendFileSync(file, JSON.stringify({ ...row, recoverSeconds: Math.round(row.recoverSeconds * 10) / 10, at: new Date().toISOString() }) + '\n');
}

/** Seconds since `start` (a Date.now()). */
export const secondsSince = (start: number) => (Date.now() - start) / 1000;
