import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, QueryRunner, ReplicationMode } from 'typeorm';

/**
 * One transaction for a whole request. While `runInRequestTransaction` runs,
 * every query the request makes through the DataSource (a service's
 * `dataSource.transaction(…)`, a repository, `dataSource.query`) goes to the
 * request's own connection, and a service's transaction becomes a savepoint
 * of the request's transaction. So what the request writes commits in one
 * COMMIT with whatever the caller adds around it (the idempotency key and
 * its stored answer), or not at all.
 *
 * Services need no change: they keep calling `dataSource.transaction`. The
 * DataSource is taught this once (`enableRequestTransactions`); outside a
 * request transaction it behaves exactly as before.
 */
interface RequestTransaction {
  dataSource: DataSource;
  runner: QueryRunner;
  /** Set when the request is over: work it left behind (a timer, a stray promise) gets connections of its own again. */
  closed: boolean;
}

const storage = new AsyncLocalStorage<RequestTransaction>();
const ORIGINAL = Symbol('createQueryRunner without request transactions');

type Patched = DataSource & { [ORIGINAL]?: DataSource['createQueryRunner'] };

/** Routes the DataSource's query runners to the request transaction in scope, if any. Idempotent. */
export function enableRequestTransactions(dataSource: DataSource): void {
  const patched = dataSource as Patched;
  if (patched[ORIGINAL]) return;
  const original = dataSource.createQueryRunner.bind(dataSource);
  patched[ORIGINAL] = original;
  dataSource.createQueryRunner = (mode?: ReplicationMode): QueryRunner => {
    const scope = storage.getStore();
    if (scope && !scope.closed && scope.dataSource === dataSource) return scope.runner;
    return original(mode);
  };
}

/** Whether queries made now through `dataSource` go to a request transaction (so commit with the request, not on their own). */
export function inRequestTransaction(dataSource: DataSource): boolean {
  const scope = storage.getStore();
  return scope !== undefined && !scope.closed && scope.dataSource === dataSource;
}

/** A query runner of the DataSource's own, never the request's. */
function ownRunner(dataSource: DataSource): QueryRunner {
  const original = (dataSource as Patched)[ORIGINAL];
  return original ? original('master') : dataSource.createQueryRunner('master');
}

/**
 * Runs `work` in a transaction that every query of `inside` joins. `work`
 * gets the runner (to write its own rows around the request) and `inside`,
 * which it calls at most once to run the request's code. Commits when `work`
 * returns, rolls back when it throws. `release` of the shared runner does
 * nothing until the end, since the code inside "releases" what it thinks is
 * its own connection after each query.
 */
export async function runInRequestTransaction<T>(
  dataSource: DataSource,
  work: (runner: QueryRunner, inside: <R>(fn: () => Promise<R>) => Promise<R>) => Promise<T>,
): Promise<T> {
  const runner = ownRunner(dataSource);
  const release = runner.release.bind(runner);
  runner.release = async () => undefined;
  const scope: RequestTransaction = { dataSource, runner, closed: false };
  try {
    await runner.connect();
    await runner.startTransaction();
    const result = await work(runner, (fn) => storage.run(scope, fn));
    // A savepoint still open (code inside that never finished its transaction) would turn COMMIT into RELEASE SAVEPOINT.
    if ((runner as unknown as { transactionDepth: number }).transactionDepth !== 1) {
      throw new Error('a transaction inside the request transaction was left open');
    }
    await runner.commitTransaction();
    return result;
  } catch (error) {
    try {
      // Savepoints left open inside first, then the transaction itself: the connection goes back to the pool clean.
      while (runner.isTransactionActive) await runner.rollbackTransaction();
    } catch {
      // The connection is gone (TypeORM has dropped it from the pool); Postgres rolls back a transaction whose connection drops.
    }
    throw error;
  } finally {
    scope.closed = true;
    runner.release = release;
    await release();
  }
}
