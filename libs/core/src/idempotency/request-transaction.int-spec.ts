import { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase } from '../../../../test/support/test-env';
import { enableRequestTransactions, runInRequestTransaction } from './request-transaction';

describe('request transaction: every query of the request on one connection, one COMMIT', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  const rows = async () => ((await dataSource.query(`SELECT name FROM rt_probe ORDER BY name`)) as Array<{ name: string }>).map((r) => r.name);
  const pid = async () => ((await dataSource.query(`SELECT pg_backend_pid() AS pid`)) as Array<{ pid: number }>)[0].pid;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = new DataSource({ type: 'postgres', url: db.url, poolSize: 3 });
    await dataSource.initialize();
    enableRequestTransactions(dataSource);
    await dataSource.query(`CREATE TABLE rt_probe (name text PRIMARY KEY)`);
  });

  beforeEach(() => dataSource.query(`TRUNCATE rt_probe`));

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('joins the services’ transactions as savepoints and commits what they kept', async () => {
    const seen = await runInRequestTransaction(dataSource, async (runner, inside) => {
      await runner.query(`INSERT INTO rt_probe VALUES ('key')`);
      const [own] = await runner.query(`SELECT pg_backend_pid() AS pid`);
      return inside(async () => {
        const pids = [await pid()];
        await dataSource.transaction(async (manager) => {
          await manager.query(`INSERT INTO rt_probe VALUES ('kept')`);
          pids.push((await manager.query(`SELECT pg_backend_pid() AS pid`))[0].pid);
        });
        await expect(
          dataSource.transaction(async (manager) => {
            await manager.query(`INSERT INTO rt_probe VALUES ('refused')`);
            throw new Error('refused');
          }),
        ).rejects.toThrow('refused');
        // A service reading back what it wrote sees it, on the same connection.
        pids.push(await pid());
        return { pids, own: own.pid, visible: await rows() };
      });
    });
    expect(new Set(seen.pids)).toEqual(new Set([seen.own]));
    expect(seen.visible).toEqual(['kept', 'key']);
    expect(await rows()).toEqual(['kept', 'key']);
  });

  it('writes nothing when the work fails, nor while it runs', async () => {
    let during: string[] = [];
    await expect(
      runInRequestTransaction(dataSource, async (runner, inside) => {
        await runner.query(`INSERT INTO rt_probe VALUES ('key')`);
        await inside(() => dataSource.transaction((manager) => manager.query(`INSERT INTO rt_probe VALUES ('record')`)));
        // Another connection (another request) does not see the uncommitted rows.
        const other = dataSource.createQueryRunner();
        try {
          during = ((await other.query(`SELECT name FROM rt_probe`)) as Array<{ name: string }>).map((r) => r.name);
        } finally {
          await other.release();
        }
        throw new Error('the server died here');
      }),
    ).rejects.toThrow('the server died here');
    expect(during).toEqual([]);
    expect(await rows()).toEqual([]);
  });

  it('refuses to commit over a transaction left open inside', async () => {
    await expect(
      runInRequestTransaction(dataSource, async (_runner, inside) => {
        await inside(async () => {
          const nested = dataSource.createQueryRunner();
          await nested.startTransaction();
          await nested.query(`INSERT INTO rt_probe VALUES ('half')`);
        });
      }),
    ).rejects.toThrow('left open');
    expect(await rows()).toEqual([]);
    // Every pooled connection is out of any transaction.
    const states = await Promise.all([1, 2, 3].map(() => dataSource.query(`SELECT now() = statement_timestamp() AS fresh`)));
    expect(states.map(([s]) => s.fresh)).toEqual([true, true, true]);
  });

  it('gives work left running after the request a connection of its own', async () => {
    let stray: Promise<number> | undefined;
    await runInRequestTransaction(dataSource, async (_runner, inside) =>
      inside(async () => {
        stray = new Promise((resolve) => setTimeout(resolve, 50)).then(() => pid());
      }),
    );
    // Not the request's connection, released by then: that would throw QueryRunnerAlreadyReleasedError or hang.
    await expect(stray).resolves.toEqual(expect.any(Number));
  });
});
