import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';

/** The `prev_hash` of the first row: there is no row before it. */
export const GENESIS_HASH = '0'.repeat(64);

export interface ChainVerification {
  /** True when every row matches its hash, links to the one before, and the head names the last row. */
  ok: boolean;
  rowsChecked: number;
  /** The hash of the last row checked (the genesis hash for an empty log). */
  headHash: string;
  /** The first row found wrong, or missing, when `ok` is false. */
  firstBrokenId?: string;
  problem?: string;
}

/** A row's hash as recorded outside the database (printed by an earlier run). */
export interface ChainAnchor {
  id: string;
  hash: string;
}

interface ChainRow {
  id: string;
  prev_hash: string;
  hash: string;
  canonical: string;
}

interface ChainHead {
  last_id: string;
  last_hash: string;
}

/**
 * Re-checks the audit log's hash chain outside the database: for each row in
 * id order, SHA-256 of its canonical text (computed by the same SQL function
 * the insert trigger used) must equal its stored hash, its `prev_hash` must
 * equal the previous row's hash, and ids must run 1, 2, 3, ... without a gap.
 * The last row must be the one `audit_chain_head` names.
 *
 * An edit made by someone who bypassed the append-only triggers therefore
 * shows up at the edited row (content no longer matches its hash), at the row
 * after it (if the hash was recomputed too), or at the head (the last row).
 * Rewriting the whole chain from some row onwards, head included, is only
 * caught by comparing the head hash with one recorded elsewhere earlier,
 * which is why the command prints it.
 *
 * Rows are read in batches by keyset (`id > last`), so memory stays bounded
 * whatever the size of the log.
 */
@Injectable()
export class AuditChainVerifier {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * `anchors` are (id, hash) pairs recorded outside the database by earlier
   * runs: each row must still carry its recorded hash, which catches a chain
   * rewritten consistently from some row onwards.
   */
  async verify(options: { batchSize?: number; anchors?: readonly ChainAnchor[] } = {}): Promise<ChainVerification> {
    const batchSize = options.batchSize ?? 1000;
    const anchors = new Map((options.anchors ?? []).map((a) => [BigInt(a.id), a.hash.toLowerCase()]));
    // The head first: a committed head at N means rows 1..N are committed too (each
    // insert updates the head in its own transaction, under the head row's lock), so
    // rows appended while we walk are simply beyond what this run checks.
    const [head] = (await this.dataSource.query(`SELECT last_id::text AS last_id, last_hash FROM audit_chain_head WHERE id = 1`)) as ChainHead[];
    if (!head) return { ok: false, rowsChecked: 0, headHash: GENESIS_HASH, firstBrokenId: '1', problem: 'the chain head row (audit_chain_head) is missing' };
    const lastId = BigInt(head.last_id);

    let expectedId = 1n;
    let previousHash = GENESIS_HASH;
    let rowsChecked = 0;
    const broken = (id: bigint, problem: string): ChainVerification => ({
      ok: false,
      rowsChecked,
      headHash: previousHash,
      firstBrokenId: id.toString(),
      problem,
    });

    for (;;) {
      const rows = (await this.dataSource.query(
        `SELECT e.id::text AS id, e.prev_hash, e.hash, audit_event_canonical(e) AS canonical
           FROM audit_events e
          WHERE e.id >= $1 AND e.id <= $2
          ORDER BY e.id
          LIMIT $3`,
        [expectedId.toString(), lastId.toString(), batchSize],
      )) as ChainRow[];
      for (const row of rows) {
        const id = BigInt(row.id);
        if (id !== expectedId) {
          return broken(expectedId, `row ${expectedId} is missing: the next row is ${id}`);
        }
        if (row.prev_hash !== previousHash) {
          return broken(id, `row ${id} does not link to row ${id - 1n}: its prev_hash differs from that row's hash (row ${id - 1n} or this link was altered)`);
        }
        if (sha256(row.canonical) !== row.hash) {
          return broken(id, `row ${id} was altered: its content no longer matches its hash`);
        }
        if (anchors.has(id) && anchors.get(id) !== row.hash) {
          return broken(id, `row ${id} no longer has the hash recorded for it earlier: the chain was rewritten from this row or before`);
        }
        previousHash = row.hash;
        expectedId = id + 1n;
        rowsChecked += 1;
      }
      if (rows.length < batchSize) break;
    }

    const beyondHead = [...anchors.keys()].find((id) => id > lastId);
    if (beyondHead !== undefined) {
      return broken(beyondHead, `row ${beyondHead}, whose hash was recorded earlier, is no longer in the chain (the chain head says the last row is ${lastId})`);
    }
    if (expectedId - 1n !== lastId) {
      return broken(expectedId, `rows ${expectedId} to ${lastId} are missing: the chain head says the last row is ${lastId}`);
    }
    if (previousHash !== head.last_hash) {
      return broken(lastId, `row ${lastId} was altered: its hash differs from the one the chain head recorded`);
    }
    // A row beyond the head cannot come from the insert trigger, which moves the head in the
    // same transaction. Read both in one statement (one snapshot), so a row appended since the
    // head was first read comes with its head and is not mistaken for one slipped in by hand.
    const [tail] = (await this.dataSource.query(
      `SELECT (SELECT max(id) FROM audit_events)::text AS max_id, (SELECT min(id) FROM audit_events)::text AS min_id,
              h.last_id::text AS last_id
         FROM audit_chain_head h WHERE h.id = 1`,
    )) as Array<{ max_id: string | null; min_id: string | null; last_id: string }>;
    if (tail.min_id !== null && BigInt(tail.min_id) < 1n) {
      return broken(BigInt(tail.min_id), `row ${tail.min_id} was not written through the chain: ids start at 1`);
    }
    if (tail.max_id !== null && BigInt(tail.max_id) > BigInt(tail.last_id)) {
      return broken(BigInt(tail.last_id) + 1n, `rows after ${tail.last_id} (up to ${tail.max_id}) were not written through the chain: the chain head does not include them`);
    }
    return { ok: true, rowsChecked, headHash: previousHash };
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
