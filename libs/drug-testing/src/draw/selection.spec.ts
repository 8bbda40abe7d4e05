import { addCalendarDays, weekdayOf } from '@app/core';
import { createHash } from 'node:crypto';
import {
  chanceOfSelection,
  checkDraw,
  commitmentOf,
  drawSelections,
  newSeed,
  seedMatchesCommitment,
  selectionValue,
  type DrawCandidate,
  type GuardRails,
} from './selection';

/** Fixed seeds derived from a label, so the property tests are reproducible. */
const fixedSeed = (label: string) => createHash('sha256').update(label).digest();
const NO_RAILS: GuardRails = { maxUntestedDays: null, maxTestsPer7Days: null };
const participantIds = (count: number) =>
  Array.from({ length: count }, (_, i) => `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`);

/** Simulates `days` consecutive court days, each with a fresh seed, as the worker draws them. */
function simulate(ids: readonly string[], days: number, candidate: (id: string, history: boolean[]) => DrawCandidate, start = '2026-01-05') {
  const history = new Map<string, boolean[]>(ids.map((id) => [id, []]));
  const byWeekday = Array.from({ length: 7 }, () => ({ days: 0, selected: 0 }));
  for (let d = 0; d < days; d++) {
    const day = addCalendarDays(start, d);
    const selections = drawSelections(fixedSeed(`day ${day}`), day, ids.map((id) => candidate(id, history.get(id)!)));
    const weekday = byWeekday[weekdayOf(day) - 1];
    for (const s of selections) {
      history.get(s.participantId)!.push(s.selected);
      weekday.days += 1;
      weekday.selected += s.selected ? 1 : 0;
    }
  }
  return { history, byWeekday };
}

function recentOf(history: boolean[]) {
  const lastTest = history.lastIndexOf(true);
  return {
    untestedDays: lastTest === -1 ? history.length : history.length - 1 - lastTest,
    testsInPrevious6Days: history.slice(-6).filter(Boolean).length,
  };
}

describe('random selection', () => {
  it('derives a value in [0, 1) deterministically from seed, day and participant', () => {
    const seed = fixedSeed('a');
    const [id] = participantIds(1);
    const value = selectionValue(seed, '2026-11-23', id);
    expect(value).toBeGreaterThanOrEqual(0);
    expect(value).toBeLessThan(1);
    expect(selectionValue(seed, '2026-11-23', id)).toBe(value);
    expect(selectionValue(seed, '2026-11-24', id)).not.toBe(value);
    expect(selectionValue(fixedSeed('b'), '2026-11-23', id)).not.toBe(value);
  });

  it('commits to a fresh 32-byte seed and recognises only that seed', () => {
    const seed = newSeed();
    expect(seed).toHaveLength(32);
    expect(newSeed().equals(seed)).toBe(false);
    const commitment = commitmentOf(seed);
    expect(commitment).toMatch(/^[0-9a-f]{64}$/);
    expect(seedMatchesCommitment(seed, commitment)).toBe(true);
    expect(seedMatchesCommitment(newSeed(), commitment)).toBe(false);
    expect(seedMatchesCommitment(seed, 'abc')).toBe(false);
  });

  it('selects each participant with frequency converging to testsPerWeek / 7 (fixed seeds, 2,000 × 140 days)', () => {
    const ids = participantIds(2000);
    for (const testsPerWeek of [1, 3]) {
      const { history } = simulate(ids, 140, (participantId) => ({ participantId, testsPerWeek, rails: NO_RAILS, recent: null }));
      const total = [...history.values()].reduce((sum, days) => sum + days.filter(Boolean).length, 0);
      const p = testsPerWeek / 7;
      const n = ids.length * 140;
      // Four standard deviations of a binomial count: fails by chance about once in 15,000 runs, and the seeds are fixed.
      expect(Math.abs(total - n * p)).toBeLessThan(4 * Math.sqrt(n * p * (1 - p)));
    }
  });

  it('makes a weekend day exactly as likely as a weekday', () => {
    const ids = participantIds(2000);
    const { byWeekday } = simulate(ids, 140, (participantId) => ({ participantId, testsPerWeek: 3, rails: NO_RAILS, recent: null }));
    const p = 3 / 7;
    for (const { days, selected } of byWeekday) {
      expect(days).toBe(2000 * 20);
      expect(Math.abs(selected / days - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / days));
    }
    const weekend = byWeekday[5].selected + byWeekday[6].selected;
    const weekdays = byWeekday.slice(0, 5).reduce((sum, d) => sum + d.selected, 0);
    expect(weekend / 2 / (weekdays / 5)).toBeCloseTo(1, 1);
  });

  it('gives the same draw when run again for the same day and seed', () => {
    const candidates = participantIds(500).map((participantId) => ({ participantId, testsPerWeek: 2, rails: NO_RAILS, recent: null }));
    const seed = fixedSeed('idempotent');
    expect(drawSelections(seed, '2026-03-08', candidates)).toEqual(drawSelections(seed, '2026-03-08', candidates));
  });

  describe('guard rails', () => {
    const rails: GuardRails = { maxUntestedDays: 10, maxTestsPer7Days: 4 };

    it('raises the chance smoothly before the longest gap, certain only on the last day', () => {
      const chance = (untestedDays: number) => chanceOfSelection(1, rails, { untestedDays, testsInPrevious6Days: 0 });
      expect(chance(0)).toEqual({ probability: 1 / 7, rule: null });
      expect(chance(4)).toEqual({ probability: 1 / 7, rule: null });
      expect(chance(5)).toEqual({ probability: 1 / 6, rule: 'max_untested_days' });
      expect(chance(8)).toEqual({ probability: 1 / 3, rule: 'max_untested_days' });
      expect(chance(10)).toEqual({ probability: 1, rule: 'max_untested_days' });
      expect(chance(12)).toEqual({ probability: 1, rule: 'max_untested_days' });
    });

    it('stops selection once the last 6 days hold the most tests allowed in 7', () => {
      expect(chanceOfSelection(3, rails, { untestedDays: 0, testsInPrevious6Days: 4 })).toEqual({ probability: 0, rule: 'max_tests_per_7_days' });
      expect(chanceOfSelection(3, rails, { untestedDays: 0, testsInPrevious6Days: 3 })).toEqual({ probability: 3 / 7, rule: null });
    });

    it('never raises a participant whose frequency is 0 into testing', () => {
      expect(chanceOfSelection(0, rails, { untestedDays: 30, testsInPrevious6Days: 0 })).toEqual({ probability: 0, rule: null });
    });

    it('keep every gap within the limit and every 7 days within the cap, and leave the test day unpredictable', () => {
      const ids = participantIds(600);
      const { history } = simulate(ids, 100, (participantId, past) => ({ participantId, testsPerWeek: 1, rails, recent: recentOf(past) }));
      const gapCounts = new Map<number, number>();
      for (const days of history.values()) {
        let untested = 0;
        let longest = 0;
        let busiest = 0;
        for (let d = 0; d < days.length; d++) {
          if (days[d]) {
            gapCounts.set(untested, (gapCounts.get(untested) ?? 0) + 1);
            untested = 0;
          } else untested += 1;
          longest = Math.max(longest, untested);
          busiest = Math.max(busiest, days.slice(Math.max(0, d - 6), d + 1).filter(Boolean).length);
        }
        expect(longest).toBeLessThanOrEqual(10);
        expect(busiest).toBeLessThanOrEqual(4);
      }
      // The forced test is spread over the last days before the limit, not piled on day 11.
      const atLimit = gapCounts.get(10) ?? 0;
      const before = [7, 8, 9].map((g) => gapCounts.get(g) ?? 0);
      for (const count of before) expect(count).toBeGreaterThan(atLimit / 2);
    });
  });

  describe('verification', () => {
    const day = '2026-11-23';
    const seed = fixedSeed('verify');
    const candidates = participantIds(300).map((participantId, i) => ({
      participantId,
      testsPerWeek: 1 + (i % 3),
      rails: { maxUntestedDays: 7, maxTestsPer7Days: 5 },
      recent: { untestedDays: i % 9, testsInPrevious6Days: i % 6 },
    }));

    it('confirms an untouched draw', () => {
      const entries = drawSelections(seed, day, candidates);
      expect(checkDraw(seed, commitmentOf(seed), day, entries)).toEqual({ commitmentMatches: true, mismatches: [] });
    });

    it('names a tampered selection, a tampered probability, and a seed that is not the committed one', () => {
      const entries = drawSelections(seed, day, candidates);
      const flipped = entries.findIndex((e) => e.selected && e.rule === null);
      entries[flipped] = { ...entries[flipped], selected: false };
      // Hiding a selection by lowering its probability is caught too: it no longer follows from the frequency.
      const lowered = entries.findIndex((e, i) => i !== flipped && e.selected && e.rule === null);
      entries[lowered] = { ...entries[lowered], probability: 0, selected: false };
      const check = checkDraw(seed, commitmentOf(seed), day, entries);
      expect(check.mismatches.sort()).toEqual([entries[flipped].participantId, entries[lowered].participantId].sort());
      expect(checkDraw(seed, commitmentOf(newSeed()), day, entries).commitmentMatches).toBe(false);
    });
  });
});
