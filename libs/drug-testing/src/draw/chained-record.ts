import type { EntityManager } from 'typeorm';
import type { StoredChainedDraw } from './chained-draw';
import type { GuardRule } from './selection';

interface HeaderRow {
  court_code: string;
  court_day: string;
  algorithm: string;
  seed_commitment: string;
  commitment: string;
  chain_year: number;
  chain_index: number;
  anchor: string;
}

interface EntryRow {
  token: string;
  frequency: string;
  max_untested_days: number | null;
  max_tests_per_7_days: number | null;
  untested_days: number | null;
  tests_in_previous_6_days: number | null;
  rule: GuardRule | null;
  exact_probability: string;
  selected: boolean;
}

/**
 * A v2 draw as stored, in the terms of its commitment: the header and
 * every entry sorted by token, with what each entry's probability follows
 * from. Both the staff verification and the public record read it here, so
 * they cannot disagree about what was committed.
 */
export async function storedChainedDraw(manager: EntityManager, drawId: string): Promise<StoredChainedDraw> {
  const [header] = (await manager.query(
    `SELECT d.court_code, d.court_day::text, d.algorithm, d.seed_commitment, d.commitment, c.year AS chain_year, d.chain_index, c.anchor
       FROM draws d JOIN draw_seed_chains c ON c.id = d.seed_chain_id
      WHERE d.id = $1`,
    [drawId],
  )) as HeaderRow[];
  const rows = (await manager.query(
    `SELECT token, frequency, max_untested_days, max_tests_per_7_days, untested_days, tests_in_previous_6_days, rule, exact_probability, selected
       FROM draw_entries WHERE draw_id = $1 ORDER BY token COLLATE "C"`,
    [drawId],
  )) as EntryRow[];
  return {
    court: header.court_code,
    courtDay: header.court_day,
    algorithm: header.algorithm,
    seedCommitment: header.seed_commitment,
    commitment: header.commitment,
    chain: { year: header.chain_year, index: header.chain_index, anchor: header.anchor },
    entries: rows.map((row) => ({
      token: row.token,
      testsPerWeek: row.frequency,
      rails: { maxUntestedDays: row.max_untested_days, maxTestsPer7Days: row.max_tests_per_7_days },
      recent: row.untested_days === null || row.tests_in_previous_6_days === null ? null : { untestedDays: row.untested_days, testsInPrevious6Days: row.tests_in_previous_6_days },
      rule: row.rule,
      probability: row.exact_probability,
      selected: row.selected,
    })),
  };
}
