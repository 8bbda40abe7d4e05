import { createHash, randomBytes } from 'node:crypto';
import {
  chainedSelections,
  chainIndex,
  chainLength,
  chainLink,
  checkChainedDraw,
  committedEntries,
  CHAINED_DRAW_ALGORITHM,
  drawCommitment,
  drawToken,
  exactChance,
  fractionText,
  frequencyDecimal,
  seedIsOnChain,
  type ChainedCandidate,
  type StoredChainedDraw,
} from './chained-draw';
import { chanceOfSelection, commitmentOf } from './selection';

const NO_RAILS = { maxUntestedDays: null, maxTestsPer7Days: null };
const secret = (label: string) => createHash('sha256').update(label).digest();

/** A revealed v2 draw of `count` participants, as stored. */
function revealedDraw(count: number, courtDay = '2026-03-10') {
  const top = randomBytes(32);
  const length = chainLength(2026);
  const { index } = chainIndex(courtDay);
  const seed = chainLink(top, length, index);
  const candidates: ChainedCandidate[] = Array.from({ length: count }, (_, i) => ({
    participantId: `p${i}`,
    token: drawToken(secret(`participant ${i}`), courtDay),
    testsPerWeek: i % 3 === 0 ? '2.5' : '3',
    rails: i % 2 === 0 ? { maxUntestedDays: 6, maxTestsPer7Days: 4 } : NO_RAILS,
    recent: i % 2 === 0 ? { untestedDays: i % 7, testsInPrevious6Days: i % 5 } : null,
  }));
  const selections = chainedSelections(seed, courtDay, candidates);
  const header = {
    court: 'DEMO',
    courtDay,
    algorithm: CHAINED_DRAW_ALGORITHM,
    seedCommitment: commitmentOf(seed),
    chain: { year: 2026, index, anchor: chainLink(top, length, 0).toString('hex') },
  };
  const entries = committedEntries(selections);
  const stored: StoredChainedDraw = {
    ...header,
    commitment: drawCommitment({ ...header, entries }),
    entries: entries.map((e, i) => ({ ...e, selected: selections[i].selected })),
  };
  return { seed, stored, top, length };
}

describe('the publicly verifiable draw (v2)', () => {
  it('numbers the days of a year 1…365 (366 in a leap year) along its chain', () => {
    expect(chainLength(2026)).toBe(365);
    expect(chainLength(2028)).toBe(366);
    expect(chainIndex('2026-01-01')).toEqual({ year: 2026, index: 1 });
    expect(chainIndex('2026-12-31')).toEqual({ year: 2026, index: 365 });
    expect(chainIndex('2028-12-31')).toEqual({ year: 2028, index: 366 });
  });

  it('accepts a day’s seed only from the chain whose anchor was published, and each link hashes to the one before', () => {
    const top = randomBytes(32);
    const anchor = chainLink(top, 365, 0).toString('hex');
    const day69 = chainLink(top, 365, 69);
    expect(seedIsOnChain(day69, 69, anchor)).toBe(true);
    expect(commitmentOf(day69)).toBe(chainLink(top, 365, 68).toString('hex'));
    expect(seedIsOnChain(day69, 68, anchor)).toBe(false);
    expect(seedIsOnChain(randomBytes(32), 69, anchor)).toBe(false);
  });

  it('gives each participant a token per day that differs from day to day and from person to person', () => {
    const a = secret('a');
    expect(drawToken(a, '2026-03-10')).toMatch(/^[0-9a-f]{64}$/);
    expect(drawToken(a, '2026-03-10')).toBe(drawToken(a, '2026-03-10'));
    expect(drawToken(a, '2026-03-11')).not.toBe(drawToken(a, '2026-03-10'));
    expect(drawToken(secret('b'), '2026-03-10')).not.toBe(drawToken(a, '2026-03-10'));
  });

  it('computes the same probabilities as v1, as exact fractions', () => {
    const cases = [
      { tpw: 3, rails: NO_RAILS, recent: null, exact: '3/7' },
      { tpw: 2.5, rails: NO_RAILS, recent: null, exact: '5/14' },
      { tpw: 7, rails: NO_RAILS, recent: null, exact: '1/1' },
      { tpw: 0, rails: { maxUntestedDays: 5, maxTestsPer7Days: null }, recent: { untestedDays: 5, testsInPrevious6Days: 0 }, exact: '0/1' },
      { tpw: 1, rails: { maxUntestedDays: 6, maxTestsPer7Days: null }, recent: { untestedDays: 4, testsInPrevious6Days: 0 }, exact: '1/3' },
      { tpw: 1, rails: { maxUntestedDays: 6, maxTestsPer7Days: null }, recent: { untestedDays: 6, testsInPrevious6Days: 0 }, exact: '1/1' },
      { tpw: 3, rails: { maxUntestedDays: null, maxTestsPer7Days: 3 }, recent: { untestedDays: 0, testsInPrevious6Days: 3 }, exact: '0/1' },
    ];
    for (const c of cases) {
      const exact = exactChance({ testsPerWeek: frequencyDecimal(c.tpw), rails: c.rails, recent: c.recent });
      const v1 = chanceOfSelection(c.tpw, c.rails, c.recent);
      expect(fractionText(exact.probability)).toBe(c.exact);
      expect(exact.rule).toBe(v1.rule);
      expect(Number(exact.probability.num) / Number(exact.probability.den)).toBeCloseTo(v1.probability, 12);
    }
  });

  it('reads a single-precision court order back as the frequency that was typed', () => {
    expect(frequencyDecimal(Math.fround(2.3))).toBe('2.3');
    expect(frequencyDecimal(3)).toBe('3');
    expect(frequencyDecimal(9)).toBe('7');
  });

  it('selects about testsPerWeek ÷ 7 of a large draw', () => {
    const { stored } = revealedDraw(6000);
    const plain = stored.entries.filter((e) => e.rule === null && e.testsPerWeek === '3');
    const share = plain.filter((e) => e.selected).length / plain.length;
    expect(Math.abs(share - 3 / 7)).toBeLessThan(0.05);
  });

  describe('verification of a revealed draw', () => {
    it('recomputes the commitment, the seed’s place on the chain and every selection', () => {
      const { seed, stored } = revealedDraw(200);
      expect(checkChainedDraw(seed, stored)).toEqual({ commitmentMatches: true, seedMatchesCommitment: true, seedOnChain: true, mismatches: [] });
    });

    it('fails when an entry is removed', () => {
      const { seed, stored } = revealedDraw(200);
      const tampered = { ...stored, entries: stored.entries.slice(1) };
      expect(checkChainedDraw(seed, tampered).commitmentMatches).toBe(false);
    });

    it('fails when a probability is raised, even with the commitment recomputed to match', () => {
      const { seed, stored } = revealedDraw(200);
      const victim = stored.entries.findIndex((e) => e.rule === null && !e.selected);
      const entries = stored.entries.map((e, i) => (i === victim ? { ...e, probability: '1/1', selected: true } : e));
      expect(checkChainedDraw(seed, { ...stored, entries }).commitmentMatches).toBe(false);
      const recommitted = { ...stored, entries, commitment: drawCommitment({ ...stored, entries }) };
      const check = checkChainedDraw(seed, recommitted);
      expect(check.commitmentMatches).toBe(true);
      expect(check.mismatches).toEqual([stored.entries[victim].token]);
    });

    it('fails when the seed is replaced by one not from the chain, even with the seed commitment and commitment recomputed', () => {
      const { stored } = revealedDraw(200);
      const other = randomBytes(32);
      const header = { ...stored, seedCommitment: commitmentOf(other) };
      const check = checkChainedDraw(other, { ...header, commitment: drawCommitment(header) });
      expect(check.seedMatchesCommitment).toBe(true);
      expect(check.commitmentMatches).toBe(true);
      expect(check.seedOnChain).toBe(false);
    });

    it('fails when a selection is flipped', () => {
      const { seed, stored } = revealedDraw(50);
      const entries = stored.entries.map((e, i) => (i === 0 ? { ...e, selected: !e.selected } : e));
      expect(checkChainedDraw(seed, { ...stored, entries }).mismatches).toEqual([stored.entries[0].token]);
    });
  });
});
