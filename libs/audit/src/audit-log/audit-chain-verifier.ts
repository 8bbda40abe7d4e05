import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';

/** The `prev_hash` of the first row of the old single chain: there is no row before it. */
export const GENESIS_HASH = '0'.repeat(64);

/** The chain key of system rows (no court) in `audit_chain_heads`. */
export const SYSTEM_CHAIN_KEY = '00000000-0000-0000-0000-000000000000';

/** `legacy`: the single chain of rows written before the per-court chains; `system`: rows with no court. */
export type ChainName = 'legacy' | 'system' | `court:${string}`;

/** What one chain's check found. */
export interface ChainReport {
  chain: ChainName;
  /** The court of a court's chain; null for `legacy` and `system`. */
  courtId: string | null;
  courtCode: string | null;
  ok: boolean;
  rowsChecked: number;
  /** Position of the last row checked (0 for an empty chain; for `legacy`, positions are ids). */
  headSeq: string;
  /** Id of the last row checked: what to record outside the database (as ID:HASH). Null for an empty chain. */
  headId: string | null;
  /** Hash of the last row checked (for an empty chain, the hash it starts from). */
  headHash: string;
  /** The first row found wrong, or missing, when `ok` is false. */
  firstBrokenId?: string;
  problem?: string;
}

export interface ChainVerification {
  /** True when every chain is intact and no row or recorded hash is outside one. */
  ok: boolean;
  /** Rows checked over all chains. */
  rowsChecked: number;
  /** One report per chain: `legacy` first, then `system`, then courts by code. */
  chains: ChainReport[];
  /** The first problem found (of the first broken chain in that order), when `ok` is false. */
  firstBrokenId?: string;
  problem?: string;
}

/** A row's hash as recorded outside the database (printed by an earlier run). Ids are unique across chains. */
export interface ChainAnchor {
  id: string;
  hash: string;
}

interface ChainRow {
  id: string;
  seq: string;
  prev_hash: string;
  hash: string;
  canonical: string;
}

interface HeadRow {
  chain_key: string;
  court_code: string | null;
  last_seq: string;
  last_id: string;
  last_hash: string;
}

/** Where a chain's rows are, its head as read before the walk, and the hash it starts from. */
interface ChainSpec {
  chain: ChainName;
  courtId: string | null;
  courtCode: string | null;
  /** The rows of this chain with position >= $1 and <= $2, in position order, at most $3. */
  rowsSql: string;
  startHash: string;
  lastSeq: bigint;
  lastHash: string;
  /** The id the head names as its last row (per-court chains). */
  lastId: string | null;
}

const COLUMNS = `e.id::text AS id, coalesce(e.chain_seq, e.id)::text AS seq, e.prev_hash, e.hash, audit_event_canonical(e) AS canonical`;
const LEGACY_ROWS = `SELECT ${COLUMNS} FROM audit_events e
  WHERE e.chain_seq IS NULL AND e.id >= $1 AND e.id <= $2 ORDER BY e.id LIMIT $3`;
const SYSTEM_ROWS = `SELECT ${COLUMNS} FROM audit_events e
  WHERE e.court_id IS NULL AND e.chain_seq >= $1 AND e.chain_seq <= $2 ORDER BY e.chain_seq LIMIT $3`;
const courtRows = (courtId: string) => `SELECT ${COLUMNS} FROM audit_events e
  WHERE e.court_id = '${courtId}'::uuid AND e.chain_seq >= $1 AND e.chain_seq <= $2 ORDER BY e.chain_seq LIMIT $3`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Re-checks the audit log's hash chains outside the database.
 *
 * The log is one chain per court, one for system rows (no court), and the old
 * single chain of the rows written before per-court chains (see
 * migrations/1796533081909-AuditChainPerCourt.ts), which every other chain
 * continues from. One chain per court, rather than one for the system, so an
 * open transaction holding an audit row only makes its own court wait.
 *
 * For each chain, row by row in position order: SHA-256 of the row's
 * canonical text (computed by the same SQL function the insert trigger used)
 * must equal its stored hash, its `prev_hash` must equal the previous row's
 * hash (the first row's: the old chain's last hash, the cut-over), and
 * positions must run 1, 2, 3, ... without a gap or a repeat (the old chain's
 * positions are its ids). The last row must be the one the chain's head
 * (`audit_chain_heads`; for the old chain, `audit_chain_cutover`) names.
 *
 * An edit made by someone who bypassed the append-only triggers therefore
 * shows up at the edited row (content no longer matches its hash), at the row
 * after it in its chain (if the hash was recomputed too), or at the head.
 * Rewriting a chain from some row onwards, head included, is only caught by
 * comparing with a hash recorded elsewhere earlier (an anchor), which is why
 * the command prints each chain's head. A row moved to another chain or
 * position no longer matches its hash (both are in it).
 *
 * Heads are read first: a committed head at position N means positions 1..N
 * of its chain are committed (each insert moves its chain's head in its own
 * transaction, under that head's lock), so rows appended during the walk are
 * beyond what this run checks. Rows are read in batches by keyset, so memory
 * stays bounded whatever the size of the log.
 */
@Injectable()
export class AuditChainVerifier {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * `anchors` are (id, hash) pairs recorded outside the database by earlier
   * runs: each row must still be in its chain with its recorded hash, which
   * catches a chain rewritten consistently from some row onwards.
   */
  async verify(options: { batchSize?: number; anchors?: readonly ChainAnchor[] } = {}): Promise<ChainVerification> {
    const batchSize = options.batchSize ?? 1000;
    const anchors = new Map((options.anchors ?? []).map((a) => [a.id, a.hash.toLowerCase()]));
    const seen = new Set<string>();

    const [cutover] = (await this.dataSource.query(`SELECT last_id::text AS last_id, last_hash FROM audit_chain_cutover WHERE id = 1`)) as Array<{
      last_id: string;
      last_hash: string;
    }>;
    if (!cutover) {
      const problem = 'the old chain head row (audit_chain_cutover) is missing';
      return { ok: false, rowsChecked: 0, chains: [], firstBrokenId: '1', problem };
    }
    const heads = (await this.dataSource.query(
      `SELECT h.chain_key::text AS chain_key, c.code AS court_code, h.last_seq::text AS last_seq, h.last_id::text AS last_id, h.last_hash
         FROM audit_chain_heads h LEFT JOIN courts c ON c.id = h.chain_key
        ORDER BY h.chain_key <> '${SYSTEM_CHAIN_KEY}'::uuid, c.code, h.chain_key`,
    )) as HeadRow[];

    const specs: ChainSpec[] = [
      {
        chain: 'legacy',
        courtId: null,
        courtCode: null,
        rowsSql: LEGACY_ROWS,
        startHash: GENESIS_HASH,
        lastSeq: BigInt(cutover.last_id),
        lastHash: cutover.last_hash,
        lastId: null,
      },
    ];
    if (!heads.some((h) => h.chain_key === SYSTEM_CHAIN_KEY)) {
      // No system row yet: an empty chain, checked like the others (a row without a head is caught below).
      specs.push({ chain: 'system', courtId: null, courtCode: null, rowsSql: SYSTEM_ROWS, startHash: cutover.last_hash, lastSeq: 0n, lastHash: cutover.last_hash, lastId: null });
    }
    for (const head of heads) {
      const system = head.chain_key === SYSTEM_CHAIN_KEY;
      if (!system && !UUID.test(head.chain_key)) throw new Error(`audit_chain_heads has a malformed key ${head.chain_key}`);
      specs.push({
        chain: system ? 'system' : `court:${head.chain_key}`,
        courtId: system ? null : head.chain_key,
        courtCode: head.court_code,
        rowsSql: system ? SYSTEM_ROWS : courtRows(head.chain_key),
        startHash: cutover.last_hash,
        lastSeq: BigInt(head.last_seq),
        lastHash: head.last_hash,
        lastId: head.last_id,
      });
    }

    const chains: ChainReport[] = [];
    for (const spec of specs) chains.push(await this.verifyChain(spec, batchSize, anchors, seen));
    chains.push(...(await this.strayRows(chains)));

    const missing = [...anchors.keys()].find((id) => !seen.has(id));
    const rowsChecked = chains.reduce((n, c) => n + c.rowsChecked, 0);
    const firstBroken = chains.find((c) => !c.ok);
    if (firstBroken) return { ok: false, rowsChecked, chains, firstBrokenId: firstBroken.firstBrokenId, problem: `${chainLabel(firstBroken)}: ${firstBroken.problem}` };
    if (missing !== undefined) {
      const problem = `row ${missing}, whose hash was recorded earlier, is no longer in any chain (deleted, or its chain was cut back)`;
      return { ok: false, rowsChecked, chains, firstBrokenId: missing, problem };
    }
    return { ok: true, rowsChecked, chains };
  }

  private async verifyChain(spec: ChainSpec, batchSize: number, anchors: Map<string, string>, seen: Set<string>): Promise<ChainReport> {
    let expected = 1n;
    let previousHash = spec.startHash;
    let previousId: string | null = null;
    let rowsChecked = 0;
    const report = (): ChainReport => ({
      chain: spec.chain,
      courtId: spec.courtId,
      courtCode: spec.courtCode,
      ok: true,
      rowsChecked,
      headSeq: (expected - 1n).toString(),
      headId: previousId,
      headHash: previousHash,
    });
    const broken = (id: string, problem: string): ChainReport => ({ ...report(), ok: false, firstBrokenId: id, problem });

    for (;;) {
      const rows = (await this.dataSource.query(spec.rowsSql, [expected.toString(), spec.lastSeq.toString(), batchSize])) as ChainRow[];
      for (const row of rows) {
        const seq = BigInt(row.seq);
        if (seq < expected) {
          return broken(row.id, `position ${seq} appears twice (row ${row.id} and row ${previousId}): one of them was not written through the chain`);
        }
        if (seq !== expected) {
          return broken(row.id, `position ${expected} is missing: the next row is ${row.id} at position ${seq}`);
        }
        if (row.prev_hash !== previousHash) {
          return broken(row.id, `row ${row.id} (position ${seq}) does not link to the row before it: its prev_hash differs from that row's hash (that row or this link was altered)`);
        }
        if (sha256(row.canonical) !== row.hash) {
          return broken(row.id, `row ${row.id} (position ${seq}) was altered: its content no longer matches its hash`);
        }
        if (anchors.has(row.id)) {
          if (anchors.get(row.id) !== row.hash) {
            return broken(row.id, `row ${row.id} (position ${seq}) no longer has the hash recorded for it earlier: the chain was rewritten from this row or before`);
          }
          seen.add(row.id);
        }
        previousHash = row.hash;
        previousId = row.id;
        expected = seq + 1n;
        rowsChecked += 1;
      }
      if (rows.length < batchSize) break;
    }

    if (expected - 1n !== spec.lastSeq) {
      return broken(previousId ?? 'none', `positions ${expected} to ${spec.lastSeq} are missing: the chain head says the last position is ${spec.lastSeq}`);
    }
    if (previousHash !== spec.lastHash || (spec.lastId !== null && rowsChecked > 0 && previousId !== spec.lastId)) {
      return broken(previousId ?? 'none', `the last row (position ${spec.lastSeq}) was altered, or the head rewritten: the row's hash or id differs from the one the chain head recorded`);
    }
    return report();
  }

  /**
   * Rows outside every chain: of the old chain beyond its cut-over, beyond
   * their chain's head, or in a chain without a head. Heads and rows are read
   * in one statement (one snapshot), so a row appended since the heads were
   * first read comes with its head and is not mistaken for one slipped in by
   * hand. Adds a failed report to each chain concerned that was intact.
   */
  private async strayRows(chains: ChainReport[]): Promise<ChainReport[]> {
    const rows = (await this.dataSource.query(
      `WITH positions AS (
         SELECT CASE WHEN e.chain_seq IS NULL THEN 'legacy' ELSE coalesce(e.court_id, '${SYSTEM_CHAIN_KEY}'::uuid)::text END AS chain_key,
                min(coalesce(e.chain_seq, e.id)) AS min_seq, max(coalesce(e.chain_seq, e.id)) AS max_seq
           FROM audit_events e GROUP BY 1)
       SELECT p.chain_key, p.min_seq::text AS min_seq, p.max_seq::text AS max_seq,
              coalesce(h.last_seq, CASE WHEN p.chain_key = 'legacy' THEN c.last_id END)::text AS last_seq
         FROM positions p
         LEFT JOIN audit_chain_heads h ON h.chain_key::text = p.chain_key
         LEFT JOIN audit_chain_cutover c ON c.id = 1`,
    )) as Array<{ chain_key: string; min_seq: string; max_seq: string; last_seq: string | null }>;
    const extra: ChainReport[] = [];
    for (const row of rows) {
      const chain: ChainName = row.chain_key === 'legacy' ? 'legacy' : row.chain_key === SYSTEM_CHAIN_KEY ? 'system' : `court:${row.chain_key}`;
      let problem: string | null = null;
      if (row.last_seq === null) problem = `rows at positions ${row.min_seq} to ${row.max_seq} have no chain head: they were not written through the chain`;
      else if (BigInt(row.min_seq) < 1n) problem = `a row at position ${row.min_seq} was not written through the chain: positions start at 1`;
      else if (BigInt(row.max_seq) > BigInt(row.last_seq)) {
        problem = `rows after position ${row.last_seq} (up to ${row.max_seq}) were not written through the chain: the chain head does not include them`;
      }
      if (problem === null) continue;
      const index = chains.findIndex((c) => c.chain === chain);
      if (index >= 0 && !chains[index].ok) continue;
      const courtId = chain.startsWith('court:') ? row.chain_key : null;
      const failed: ChainReport = {
        ...(index >= 0 ? chains[index] : { chain, courtId, courtCode: null, rowsChecked: 0, headSeq: '0', headId: null, headHash: GENESIS_HASH }),
        ok: false,
        firstBrokenId: await this.idAt(row.chain_key, BigInt(row.last_seq ?? '0') + 1n),
        problem,
      };
      if (index >= 0) chains[index] = failed;
      else extra.push(failed);
    }
    return extra;
  }

  /** The id of the first row at or after a position of a chain, to name it. */
  private async idAt(chainKey: string, seq: bigint): Promise<string> {
    const [row] = (await this.dataSource.query(
      chainKey === 'legacy'
        ? `SELECT min(id)::text AS id FROM audit_events WHERE chain_seq IS NULL AND (id >= $1 OR id < 1)`
        : `SELECT (array_agg(id ORDER BY chain_seq))[1]::text AS id FROM audit_events
            WHERE coalesce(court_id, '${SYSTEM_CHAIN_KEY}'::uuid) = $2::uuid AND chain_seq IS NOT NULL AND (chain_seq >= $1 OR chain_seq < 1)`,
      chainKey === 'legacy' ? [seq.toString()] : [seq.toString(), chainKey],
    )) as Array<{ id: string | null }>;
    return row?.id ?? seq.toString();
  }
}

/** How a report names its chain: `the old chain`, `the system chain`, `court HOPE's chain`. */
export function chainLabel(report: Pick<ChainReport, 'chain' | 'courtId' | 'courtCode'>): string {
  if (report.chain === 'legacy') return 'the old single chain';
  if (report.chain === 'system') return 'the system chain';
  return `court ${report.courtCode ?? report.courtId}'s chain`;
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
