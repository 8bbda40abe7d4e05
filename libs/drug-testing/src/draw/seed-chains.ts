import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { chainIndex, chainLength, chainLink } from './chained-draw';

/** A day's seed from its court's chain, with where it sits. */
export interface ChainedSeed {
  seed: Buffer;
  chainId: string;
  year: number;
  index: number;
  anchor: string;
}

/**
 * Creates the court's seed chain for a year unless it exists: a random last
 * link (32 bytes from the operating system's cryptographic source) hashed
 * down to the anchor, which is public from `publishedAt`. Safe to run twice
 * at once: the unique index keeps the first, and nothing is regenerated.
 */
export async function ensureSeedChain(manager: EntityManager, courtId: string, year: number, publishedAt: Date): Promise<void> {
  const length = chainLength(year);
  const lastLink = randomBytes(32);
  await manager.query(
    `INSERT INTO draw_seed_chains (court_id, year, length, anchor, last_link, published_at) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (court_id, year) DO NOTHING`,
    [courtId, year, length, chainLink(lastLink, length, 0).toString('hex'), lastLink, publishedAt],
  );
}

/**
 * The seed of a court day: link `day of the year` of the court's chain for
 * that year (created now if the year has none yet, which the public record
 * shows by its publication time). Never a fresh random number: the chain
 * fixed every day's seed when its anchor was published.
 */
export async function chainedSeed(manager: EntityManager, courtId: string, courtDay: string, now: Date): Promise<ChainedSeed> {
  const { year, index } = chainIndex(courtDay);
  await ensureSeedChain(manager, courtId, year, now);
  const [chain] = (await manager.query(`SELECT id, length, anchor, last_link FROM draw_seed_chains WHERE court_id = $1 AND year = $2`, [
    courtId,
    year,
  ])) as Array<{ id: string; length: number; anchor: string; last_link: Buffer }>;
  return { seed: chainLink(chain.last_link, chain.length, index), chainId: chain.id, year, index, anchor: chain.anchor };
}
