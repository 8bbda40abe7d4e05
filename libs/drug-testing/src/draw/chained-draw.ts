import { createHash, createHmac } from 'node:crypto';
import { commitmentOf, type GuardRails, type GuardRule, type RecentTesting } from './selection';

/**
 * The publicly verifiable draw (algorithm v2), as pure functions. What v1
 * left open, and how v2 closes it (docs/verifying-draws.md has the byte
 * layouts and a worked example):
 *
 * - The seed comes from a per-court yearly hash chain whose anchor is
 *   published before the year starts: link_{i-1} = SHA-256(link_i), day i of
 *   the year uses link_i, and SHA-256 applied i times to it must give the
 *   anchor. The server cannot try seeds until one suits it.
 * - Each participant appears under a token, HMAC-SHA256(their own secret,
 *   court day): the public cannot follow a person from day to day, the
 *   participant (and their lawyer) can find their own line.
 * - Each entry carries what its probability follows from (frequency, the
 *   program's guard rails and the two counts they read), and the probability
 *   as an exact fraction, so a verifier recomputes it exactly.
 * - The commitment is SHA-256 over a canonical text of all of it (court,
 *   day, algorithm, the seed's commitment, the chain position, every entry
 *   sorted by token), stored when the draw is made, before the window opens.
 *
 *   value(entry) = first 53 bits of HMAC-SHA256(seed, "<court day>|<token>")
 *   selected     = value · den < num · 2^53   (probability = num/den, exact)
 *
 * v1 draws keep their own algorithm (`selection.ts`) and stay verifiable.
 */
export const CHAINED_DRAW_ALGORITHM = 'chain-token-hmac-sha256/v2';

/** The first line of the committed text: changes only with a new algorithm. */
export const COMMITMENT_HEADER = 'treatment-court-draw/v2';

const TWO_TO_53 = 2n ** 53n;

// ---------------------------------------------------------------- seed chain

/** Links in a year's chain: one per day of the year (365 or 366). */
export function chainLength(year: number): number {
  return (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;
}

/** The position of a court day in its year's chain: 1 on 1 January, 365 or 366 on 31 December. */
export function chainIndex(courtDay: string): { year: number; index: number } {
  const [year, month, day] = courtDay.split('-').map(Number);
  return { year, index: (Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86_400_000 + 1 };
}

const sha256 = (bytes: Buffer): Buffer => createHash('sha256').update(bytes).digest();

/** Hashes `link` forward `times` times (towards the anchor). */
export function hashForward(link: Buffer, times: number): Buffer {
  let current = link;
  for (let i = 0; i < times; i++) current = sha256(current);
  return current;
}

/** Link `index` of a chain whose last (secret, randomly generated) link is `top` at position `length`. */
export function chainLink(top: Buffer, length: number, index: number): Buffer {
  if (!Number.isInteger(index) || index < 0 || index > length) throw new RangeError(`chain index ${index} is outside 0..${length}`);
  return hashForward(top, length - index);
}

/** Whether `seed` is link `index` of the chain that ends in `anchor` (link 0). */
export function seedIsOnChain(seed: Buffer, index: number, anchorHex: string): boolean {
  return hashForward(seed, index).toString('hex') === anchorHex;
}

// ---------------------------------------------------------------- tokens

/** A participant's public token for a court day: HMAC-SHA256(their draw secret, court day), hex. */
export function drawToken(participantSecret: Buffer, courtDay: string): string {
  return createHmac('sha256', participantSecret).update(courtDay).digest('hex');
}

// ---------------------------------------------------------------- exact probabilities

/** A probability as an exact fraction in lowest terms, 0 ≤ num ≤ den. */
export interface Fraction {
  num: bigint;
  den: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
const fraction = (num: bigint, den: bigint): Fraction => {
  const g = gcd(num, den) || 1n;
  return { num: num / g, den: den / g };
};

const fractionTexts = new WeakMap<Fraction, string>();

/** "num/den"; remembered per fraction object, since a draw's entries share a handful of them. */
export function fractionText(f: Fraction): string {
  let text = fractionTexts.get(f);
  if (text === undefined) {
    text = `${f.num}/${f.den}`;
    fractionTexts.set(f, text);
  }
  return text;
}

const frequencyDecimals = new Map<number, string>();

/**
 * A frequency as the exact decimal the draw uses: hundredths at most. Phase
 * frequencies are stored to a tenth and court orders in single precision (a
 * 2.3 read back as 2.2999999523…), so rounding to hundredths gives back the
 * number that was typed.
 */
export function frequencyDecimal(testsPerWeek: number): string {
  let decimal = frequencyDecimals.get(testsPerWeek);
  if (decimal === undefined) {
    decimal = testsPerWeek > 0 ? String(Number(Math.min(7, testsPerWeek).toFixed(2))) : '0';
    // A court has a handful of frequencies: remembered, not formatted 100,000 times a draw.
    if (frequencyDecimals.size < 1_000) frequencyDecimals.set(testsPerWeek, decimal);
  }
  return decimal;
}

/** "2.5" → 25/10, exactly. */
function decimalFraction(decimal: string): Fraction {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(decimal);
  if (!match) throw new RangeError(`not a decimal frequency: ${decimal}`);
  const fractional = match[2] ?? '';
  return { num: BigInt(match[1] + fractional), den: 10n ** BigInt(fractional.length) };
}

const greater = (a: Fraction, b: Fraction) => a.num * b.den > b.num * a.den;

/** What one entry's probability follows from: all of it is published and committed. */
export interface ChanceInputs {
  /** Exact decimal frequency (`frequencyDecimal`). */
  testsPerWeek: string;
  rails: GuardRails;
  /** Null when the program has no guard rails (no history is read). */
  recent: RecentTesting | null;
}

/**
 * v1's `chanceOfSelection` in exact arithmetic: testsPerWeek ÷ 7 (at most
 * 1), none once the previous 6 days hold the most tests allowed in 7, and at
 * least 1 / (M − u + 1) after u of at most M untested days.
 */
export function exactChance(inputs: ChanceInputs): { probability: Fraction; rule: GuardRule | null } {
  const tpw = decimalFraction(inputs.testsPerWeek);
  const base = tpw.num >= 7n * tpw.den ? fraction(1n, 1n) : fraction(tpw.num, 7n * tpw.den);
  const { rails, recent } = inputs;
  if (base.num === 0n || !recent) return { probability: base, rule: null };
  if (rails.maxTestsPer7Days !== null && recent.testsInPrevious6Days >= rails.maxTestsPer7Days) {
    return { probability: fraction(0n, 1n), rule: 'max_tests_per_7_days' };
  }
  if (rails.maxUntestedDays !== null) {
    const daysLeft = rails.maxUntestedDays - recent.untestedDays + 1;
    const floor = daysLeft <= 1 ? fraction(1n, 1n) : fraction(1n, BigInt(daysLeft));
    if (greater(floor, base)) return { probability: floor, rule: 'max_untested_days' };
  }
  return { probability: base, rule: null };
}

// ---------------------------------------------------------------- selection

/** The entry's 53-bit value from the seed: an integer in [0, 2^53), exact as a double. */
export function tokenValue(seed: Buffer, courtDay: string, token: string): number {
  const digest = createHmac('sha256', seed).update(`${courtDay}|${token}`).digest();
  return digest.readUIntBE(0, 6) * 32 + (digest[6] >>> 3);
}

/**
 * The least integer value that is not selected: ceil(num · 2^53 / den), at
 * most 2^53 and so exact as a double. For an integer value,
 * value · den < num · 2^53 exactly when value < this threshold, so each
 * entry needs one comparison of doubles and no big-integer arithmetic.
 */
export function selectionThreshold(probability: Fraction): number {
  const scaled = probability.num * TWO_TO_53;
  return Number((scaled + probability.den - 1n) / probability.den);
}

/** value / 2^53 < num / den, exactly. */
export function isSelectedExact(value: number, probability: Fraction): boolean {
  return value < selectionThreshold(probability);
}

/** One participant in a v2 draw, as the draw maker has them. */
export interface ChainedCandidate extends ChanceInputs {
  participantId: string;
  token: string;
}

export interface ChainedSelection extends ChainedCandidate {
  probability: Fraction;
  rule: GuardRule | null;
  selected: boolean;
}

const chanceKey = (c: ChanceInputs) =>
  `${c.testsPerWeek}|${c.rails.maxUntestedDays}|${c.rails.maxTestsPer7Days}|${c.recent?.untestedDays}|${c.recent?.testsInPrevious6Days}`;

/**
 * Every candidate's chance and selection for the court day, sorted by token
 * (the committed order). A court has few distinct (frequency, rails, counts)
 * combinations, so each one's exact chance and threshold is worked out once:
 * for 100,000 participants the per-entry work is two HMACs and a comparison.
 */
export function chainedSelections(seed: Buffer, courtDay: string, candidates: readonly ChainedCandidate[]): ChainedSelection[] {
  const chances = new Map<string, { probability: Fraction; rule: GuardRule | null; threshold: number }>();
  // Sorted through an index over the tokens: comparing strings in a flat array is several times faster than through objects.
  const tokens = candidates.map((c) => c.token);
  const order = Array.from(candidates.keys()).sort((a, b) => (tokens[a] < tokens[b] ? -1 : tokens[a] > tokens[b] ? 1 : 0));
  return order.map((i) => {
    const candidate = candidates[i];
    const key = chanceKey(candidate);
    let chance = chances.get(key);
    if (!chance) {
      const exact = exactChance(candidate);
      chance = { ...exact, threshold: selectionThreshold(exact.probability) };
      chances.set(key, chance);
    }
    return {
      participantId: candidate.participantId,
      token: candidate.token,
      testsPerWeek: candidate.testsPerWeek,
      rails: candidate.rails,
      recent: candidate.recent,
      probability: chance.probability,
      rule: chance.rule,
      selected: tokenValue(seed, courtDay, candidate.token) < chance.threshold,
    };
  });
}

const fractionValues = new WeakMap<Fraction, number>();

/** The fraction's nearest double, for the columns and reports that read probabilities as numbers (remembered like its text). */
export function fractionValue(f: Fraction): number {
  let value = fractionValues.get(f);
  if (value === undefined) {
    value = Number(f.num) / Number(f.den);
    fractionValues.set(f, value);
  }
  return value;
}

// ---------------------------------------------------------------- the commitment

/** One entry as the commitment reads it; the probability as "num/den" text or as the fraction itself. */
export interface CommittedEntry {
  token: string;
  testsPerWeek: string;
  rails: GuardRails;
  recent: RecentTesting | null;
  rule: GuardRule | null;
  probability: string | Fraction;
}

/** Everything the commitment covers, in the public record's own terms. */
export interface CommittedDraw {
  court: string;
  courtDay: string;
  algorithm: string;
  /** Hex SHA-256 of the seed (for a chained seed: the previous link). */
  seedCommitment: string;
  chain: { year: number; index: number; anchor: string };
  entries: readonly CommittedEntry[];
}

const orDash = (value: number | string | null) => (value === null ? '-' : String(value));

/**
 * The committed text, line by line (LF after each line, UTF-8):
 *
 *   treatment-court-draw/v2
 *   court <code>
 *   day <YYYY-MM-DD>
 *   algorithm <name>
 *   seed-commitment <64 hex>
 *   chain <year> <index> <anchor, 64 hex>
 *   entries <n>
 *   <token> <testsPerWeek> <maxUntestedDays> <maxTestsPer7Days> <untestedDays> <testsInPrevious6Days> <rule> <num>/<den>
 *   … one line per entry, sorted by token; "-" for an absent value
 */
export function* commitmentLines(draw: CommittedDraw): Generator<string> {
  yield `${COMMITMENT_HEADER}\n`;
  yield `court ${draw.court}\n`;
  yield `day ${draw.courtDay}\n`;
  yield `algorithm ${draw.algorithm}\n`;
  yield `seed-commitment ${draw.seedCommitment}\n`;
  yield `chain ${draw.chain.year} ${draw.chain.index} ${draw.chain.anchor}\n`;
  yield `entries ${draw.entries.length}\n`;
  for (const e of draw.entries) {
    yield `${e.token} ${e.testsPerWeek} ${orDash(e.rails.maxUntestedDays)} ${orDash(e.rails.maxTestsPer7Days)} ` +
      `${orDash(e.recent?.untestedDays ?? null)} ${orDash(e.recent?.testsInPrevious6Days ?? null)} ${orDash(e.rule)} ` +
      `${typeof e.probability === 'string' ? e.probability : fractionText(e.probability)}\n`;
  }
}

/** Lines handed to the hash at once: one update per line would cost more than the hashing for a large court. */
const LINES_PER_UPDATE = 4_096;

/** Hex SHA-256 of the committed text. */
export function drawCommitment(draw: CommittedDraw): string {
  const hash = createHash('sha256');
  let batch: string[] = [];
  for (const line of commitmentLines(draw)) {
    batch.push(line);
    if (batch.length === LINES_PER_UPDATE) {
      hash.update(batch.join(''), 'utf8');
      batch = [];
    }
  }
  hash.update(batch.join(''), 'utf8');
  return hash.digest('hex');
}

/** The entries of a chained draw with their probabilities as text (the public record's form). */
export const committedEntries = (selections: readonly ChainedSelection[]): Array<CommittedEntry & { probability: string }> =>
  selections.map((s) => ({
    token: s.token,
    testsPerWeek: s.testsPerWeek,
    rails: s.rails,
    recent: s.recent,
    rule: s.rule,
    probability: fractionText(s.probability),
  }));

/** A stored v2 draw with its outcome, as verification reads it back. */
export interface StoredChainedDraw extends CommittedDraw {
  commitment: string;
  entries: ReadonlyArray<CommittedEntry & { probability: string; selected: boolean }>;
}

export interface ChainedDrawCheck {
  /** The committed text recomputes to the stored commitment. */
  commitmentMatches: boolean;
  /** SHA-256 of the seed is the seed commitment. */
  seedMatchesCommitment: boolean;
  /** The seed hashes forward to the chain's anchor from its position. */
  seedOnChain: boolean;
  /** Tokens whose probability does not follow from their inputs, or whose selection the seed does not give. */
  mismatches: string[];
}

/** Recomputes a revealed v2 draw: commitment, seed, chain, every probability and every selection. */
export function checkChainedDraw(seed: Buffer, draw: StoredChainedDraw): ChainedDrawCheck {
  const mismatches = draw.entries
    .filter((entry) => {
      const { probability, rule } = exactChance(entry);
      return (
        fractionText(probability) !== entry.probability ||
        rule !== entry.rule ||
        isSelectedExact(tokenValue(seed, draw.courtDay, entry.token), probability) !== entry.selected
      );
    })
    .map((entry) => entry.token);
  return {
    commitmentMatches: drawCommitment(draw) === draw.commitment,
    seedMatchesCommitment: commitmentOf(seed) === draw.seedCommitment,
    seedOnChain: seedIsOnChain(seed, draw.chain.index, draw.chain.anchor),
    mismatches,
  };
}
