import { useTestDataSource } from '../../../../test/support/test-data-source';
import { createCourt, createParticipant, createStaff } from '../../../../test/support/fixtures';

/**
 * The times result turnaround reads from a collection (its first result and
 * its latest confirmation), kept by the trigger on drug_test_results: for
 * collections whose results were written before the migration (its
 * backfill), one at a time, several collections in one statement (an
 * import, the lab feed's batch), and a confirmation that comes later.
 */
describe('a collection’s settled times in Postgres', () => {
  const suite = useTestDataSource();
  const ds = () => suite.dataSource;

  const collect = async (courtId: string, participantId: string, staffId: string, collectedAt: string): Promise<string> => {
    const [row] = await ds().query(
      `INSERT INTO drug_test_collections (court_id, participant_id, court_day, collected_at, observed, specimen_type, basis, collected_by)
       VALUES ($1, $2, $3::timestamptz::date, $3, true, 'urine', 'random', $4) RETURNING id`,
      [courtId, participantId, collectedAt, staffId],
    );
    return row.id;
  };
  const result = (collectionId: string, method: 'screen' | 'confirmation', createdAt: string) =>
    `((SELECT court_id FROM drug_test_collections WHERE id = '${collectionId}'), (SELECT participant_id FROM drug_test_collections WHERE id = '${collectionId}'),
      '${collectionId}', '2026-11-02', '${method === 'confirmation' ? 'positive' : 'negative'}', '${method}', ${method === 'confirmation' ? `'thc', 'State lab'` : 'NULL, NULL'}, '${createdAt}')`;
  const insertResults = (values: string[]) =>
    ds().query(`INSERT INTO drug_test_results (court_id, participant_id, collection_id, tested_on, outcome, method, substance, lab, created_at) VALUES ${values.join(', ')}`);
  const times = async (collectionId: string) => {
    const [row] = await ds().query(
      `SELECT to_char(first_result_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') AS first, to_char(confirmed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') AS confirmed
         FROM drug_test_collections WHERE id = $1`,
      [collectionId],
    );
    return row;
  };

  it('fills them in from the results already written, then keeps them as results come in', async () => {
    const migrated = async () => ((await ds().query(`SELECT name FROM schema_migrations`)) as Array<{ name: string }>).some((m) => m.name.startsWith('CollectionSettledTimes'));
    while (await migrated()) await ds().undoLastMigration({ transaction: 'each' });
    const court = await createCourt(ds(), 'SETL');
    const staff = await createStaff(ds(), 'setl-case-manager', 'case_manager', court.id);
    const participant = await createParticipant(ds(), court, 'S-0001');
    const before = await collect(court.id, participant.id, staff.id, '2026-11-02T13:00:00Z');
    await insertResults([result(before, 'screen', '2026-11-02T15:00:00Z'), result(before, 'confirmation', '2026-11-05T10:00:00Z')]);
    const columns = await ds().query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'drug_test_collections' AND column_name = 'first_result_at'`);
    expect(columns).toEqual([]);
    await ds().runMigrations({ transaction: 'each' });
    expect(await times(before)).toEqual({ first: '2026-11-02 15:00', confirmed: '2026-11-05 10:00' });

    // Two collections' screens in one statement; no result yet is no time.
    const [a, b, none] = [
      await collect(court.id, participant.id, staff.id, '2026-11-09T13:00:00Z'),
      await collect(court.id, participant.id, staff.id, '2026-11-10T13:00:00Z'),
      await collect(court.id, participant.id, staff.id, '2026-11-11T13:00:00Z'),
    ];
    await insertResults([result(a, 'screen', '2026-11-09T14:30:00Z'), result(b, 'screen', '2026-11-10T16:00:00Z'), result(a, 'screen', '2026-11-09T14:00:00Z')]);
    expect(await times(a)).toEqual({ first: '2026-11-09 14:00', confirmed: null });
    expect(await times(b)).toEqual({ first: '2026-11-10 16:00', confirmed: null });
    expect(await times(none)).toEqual({ first: null, confirmed: null });

    // A confirmation, then a later one (a re-test at the lab): the latest settles it; the first result stays the screen's.
    await insertResults([result(a, 'confirmation', '2026-11-12T09:00:00Z')]);
    await insertResults([result(a, 'confirmation', '2026-11-13T11:00:00Z')]);
    expect(await times(a)).toEqual({ first: '2026-11-09 14:00', confirmed: '2026-11-13 11:00' });
    // A missed test has no collection: nothing to keep, and nothing refused.
    await ds().query(`INSERT INTO drug_test_results (court_id, participant_id, tested_on, outcome) VALUES ($1, $2, '2026-11-16', 'missed')`, [court.id, participant.id]);
  });
});
