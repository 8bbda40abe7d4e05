import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * How a draw selects participants, as pure functions (no Nest, no database),
 * so that anyone holding a revealed seed can recompute a day's draw:
 *
 *   value(participant) = first 53 bits of HMAC-SHA256(seed, "<court day>|<participant id>") / 2^53
 *   selected           = value < probability
 *
 * Each participant is drawn independently every court day, weekends and
 * holidays alike, so a Saturday is exactly as likely as a Tuesday and no day
 * of the week is safe. The name is stored with each draw, so a later change of
 * the derivation never makes an old draw unverifiable.
 */
export const DRAW_ALGORITHM = 'hmac-sha256-53bit/v1';

const SEED_BYTES = 32;
const TWO_TO_53 = 2 ** 53;

/** A fresh secret seed from the operating system's cryptographic source. */
export function newSeed(): Buffer {
  return randomBytes(SEED_BYTES);
}

/** The commitment published before the window opens: hex SHA-256 of the seed. */
export function commitmentOf(seed: Buffer): string {
  return createHash('sha256').update(seed).digest('hex');
}

/** Whether a revealed seed is the one committed to (compared in constant time). */
export function seedMatchesCommitment(seed: Buffer, commitment: string): boolean {
  const expected = Buffer.from(commitmentOf(seed), 'hex');
  const given = Buffer.from(commitment, 'hex');
  return given.length === expected.length && timingSafeEqual(expected, given);
}

/** The participant's uniform random value in [0, 1) for the court day. */
export function selectionValue(seed: Buffer, courtDay: string, participantId: string): number {
  const digest = createHmac('sha256', seed).update(`${courtDay}|${participantId.toLowerCase()}`).digest();
  // 53 bits: every value is exactly representable as a double.
  const high = digest.readUIntBE(0, 6) * 32 + (digest[6] >>> 3);
  return high / TWO_TO_53;
}

/** The program's optional guard rails on chance. */
export interface GuardRails {
  /** At most this many days in a row without a test. */
  maxUntestedDays: number | null;
  /** At most this many tests in any 7 days. */
  maxTestsPer7Days: number | null;
}

/** What the guard rails need to know of the participant's recent tests. */
export interface RecentTesting {
  /** Consecutive court days just before this one without a test (0 after a test yesterday). */
  untestedDays: number;
  /** Tests in the 6 court days before this one. */
  testsInPrevious6Days: number;
}

export type GuardRule = 'max_untested_days' | 'max_tests_per_7_days';

export interface Chance {
  probability: number;
  /** The guard rail that moved the probability away from testsPerWeek ÷ 7. */
  rule: GuardRule | null;
}

/** testsPerWeek ÷ 7, within [0, 1]. */
export function baseProbability(testsPerWeek: number): number {
  if (!(testsPerWeek > 0)) return 0;
  return Math.min(1, testsPerWeek / 7);
}

/**
 * The probability of selection on one day, with the guard rails applied so
 * that the participant still cannot tell when the next test comes:
 *
 * - At most M untested days: a hard "test on day M+1" would be predictable,
 *   so the chance rises smoothly instead. After u untested days the
 *   probability is at least 1 / (M − u + 1): the hazard of a test day drawn
 *   uniformly from the days left, so the forced test is equally likely on
 *   each remaining day and only the last one is certain. With an ordinary
 *   frequency the rise starts only a few days before the limit.
 * - At most K tests in 7 days: once the previous 6 days hold K tests, no
 *   test today. This one is visible to a participant who counts, so a court
 *   should set K well above its phases' frequencies (it binds rarely).
 *
 * A participant whose frequency is 0 is never raised into testing.
 */
export function chanceOfSelection(testsPerWeek: number, rails: GuardRails, recent: RecentTesting | null): Chance {
  const base = baseProbability(testsPerWeek);
  if (base === 0 || !recent) return { probability: base, rule: null };
  if (rails.maxTestsPer7Days !== null && recent.testsInPrevious6Days >= rails.maxTestsPer7Days) {
    return { probability: 0, rule: 'max_tests_per_7_days' };
  }
  if (rails.maxUntestedDays !== null) {
    const daysLeft = rails.maxUntestedDays - recent.untestedDays + 1;
    const floor = daysLeft <= 1 ? 1 : 1 / daysLeft;
    if (floor > base) return { probability: floor, rule: 'max_untested_days' };
  }
  return { probability: base, rule: null };
}

export function isSelected(value: number, probability: number): boolean {
  return value < probability;
}

/**
 * Whether the participant is to test: a staff override (force or excuse)
 * wins over the draw; without an entry in the draw they are not selected.
 */
export function selectedWithOverride(override: 'force' | 'excuse' | null, drawnSelected: boolean | null): boolean {
  if (override) return override === 'force';
  return drawnSelected === true;
}

/** One participant as the draw sees them. */
export interface DrawCandidate {
  participantId: string;
  testsPerWeek: number;
  rails: GuardRails;
  /** Null when the program has no guard rails (no history is read). */
  recent: RecentTesting | null;
}

export interface DrawSelection {
  participantId: string;
  testsPerWeek: number;
  probability: number;
  rule: GuardRule | null;
  selected: boolean;
}

/** The draw of one court day for every candidate. */
export function drawSelections(seed: Buffer, courtDay: string, candidates: readonly DrawCandidate[]): DrawSelection[] {
  return candidates.map((candidate) => {
    const { probability, rule } = chanceOfSelection(candidate.testsPerWeek, candidate.rails, candidate.recent);
    return {
      participantId: candidate.participantId,
      testsPerWeek: candidate.testsPerWeek,
      probability,
      rule,
      selected: isSelected(selectionValue(seed, courtDay, candidate.participantId), probability),
    };
  });
}

/** A stored entry, as verification reads it back. */
export type StoredSelection = DrawSelection;

export interface DrawCheck {
  commitmentMatches: boolean;
  /** Entries whose stored selection differs from the one the seed gives, or whose probability does not follow from their frequency and rule. */
  mismatches: string[];
}

/** Whether a stored probability is one the rules could have given for its frequency and guard rule. */
function plausibleProbability(entry: StoredSelection): boolean {
  const base = baseProbability(entry.testsPerWeek);
  if (entry.rule === null) return entry.probability === base;
  if (entry.rule === 'max_tests_per_7_days') return entry.probability === 0;
  return entry.probability > base && entry.probability <= 1;
}

/** Recomputes every stored selection from the revealed seed. */
export function checkDraw(seed: Buffer, commitment: string, courtDay: string, entries: readonly StoredSelection[]): DrawCheck {
  const mismatches = entries
    .filter(
      (entry) =>
        !plausibleProbability(entry) || isSelected(selectionValue(seed, courtDay, entry.participantId), entry.probability) !== entry.selected,
    )
    .map((entry) => entry.participantId);
  return { commitmentMatches: seedMatchesCommitment(seed, commitment), mismatches };
}
