import {
  chiSquareSurvival,
  type DrawRecord,
  isoWeekdayIndex,
  isWeekendOrHoliday,
  logGamma,
  randomnessCheck,
  withinPoissonBinomialBand,
} from './randomness-stats';

const NO_HOLIDAYS: ReadonlySet<string> = new Set();

/** Small deterministic PRNG so synthetic months are reproducible. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function addDays(courtDay: string, days: number): string {
  const date = new Date(`${courtDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function record(overrides: Partial<DrawRecord> = {}): DrawRecord {
  const randomSelected = overrides.randomSelected ?? false;
  return {
    participantId: 'p1',
    courtDay: '2025-06-02',
    probability: 0.5,
    testsPerWeek: 3.5,
    randomSelected,
    selected: randomSelected,
    override: null,
    ...overrides,
  };
}

/** 200 participants × 30 days at p = 3/7 (three tests a week), drawn honestly unless `selectOn` says otherwise. */
function syntheticMonth(seed: number, selectOn: (courtDay: string) => boolean = () => true): DrawRecord[] {
  const random = mulberry32(seed);
  const probability = 3 / 7;
  const records: DrawRecord[] = [];
  for (let p = 0; p < 200; p++) {
    for (let d = 0; d < 30; d++) {
      const courtDay = addDays('2025-06-01', d);
      const randomSelected = random() < probability && selectOn(courtDay);
      records.push(record({ participantId: `p${String(p).padStart(3, '0')}`, courtDay, probability, testsPerWeek: 3, randomSelected }));
    }
  }
  return records;
}

describe('chiSquareSurvival', () => {
  it.each([
    [12.592, 6, 0.05],
    [16.812, 6, 0.01],
    [3.841, 1, 0.05],
    [6.635, 1, 0.01],
    [7.815, 3, 0.05],
    [11.07, 5, 0.05],
    [5.991, 2, 0.05],
    [18.307, 10, 0.05],
  ])('statistic %d with %d degrees of freedom has p ≈ %d', (statistic, df, expected) => {
    expect(chiSquareSurvival(statistic, df)).toBeCloseTo(expected, 3);
  });

  it('matches the closed forms for df 2 (e^(−x/2)) and the median region', () => {
    for (const x of [0.1, 1, 2.5, 7, 30]) expect(chiSquareSurvival(x, 2)).toBeCloseTo(Math.exp(-x / 2), 12);
    expect(chiSquareSurvival(0.4549, 1)).toBeCloseTo(0.5, 3);
  });

  it('is 1 at zero and tends to 0 for huge statistics', () => {
    expect(chiSquareSurvival(0, 6)).toBe(1);
    expect(chiSquareSurvival(500, 6)).toBeLessThan(1e-90);
  });

  it('rejects non-positive degrees of freedom', () => {
    expect(() => chiSquareSurvival(1, 0)).toThrow(RangeError);
  });

  it('uses an accurate log-gamma', () => {
    expect(logGamma(1)).toBeCloseTo(0, 12);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
    expect(logGamma(10)).toBeCloseTo(Math.log(362880), 10);
  });
});

describe('calendar', () => {
  it('computes ISO weekdays from the date string alone', () => {
    expect(isoWeekdayIndex('2025-06-02')).toBe(0); // Monday
    expect(isoWeekdayIndex('2025-06-07')).toBe(5); // Saturday
    expect(isoWeekdayIndex('2025-06-08')).toBe(6); // Sunday
    expect(isoWeekdayIndex('1969-12-31')).toBe(2); // Wednesday, before the epoch
  });

  it('rejects malformed or impossible court days', () => {
    expect(() => isoWeekdayIndex('2025-6-2')).toThrow(RangeError);
    expect(() => isoWeekdayIndex('2025-02-30')).toThrow(RangeError);
  });

  it('treats Saturdays, Sundays and listed holidays as weekend/holiday days', () => {
    const holidays = new Set(['2025-06-19']);
    expect(isWeekendOrHoliday('2025-06-07', holidays)).toBe(true);
    expect(isWeekendOrHoliday('2025-06-19', holidays)).toBe(true); // a Thursday holiday
    expect(isWeekendOrHoliday('2025-06-18', holidays)).toBe(false);
  });
});

describe('withinPoissonBinomialBand', () => {
  it('allows the 99% band plus a half-count continuity correction', () => {
    // mean 10, variance 4: band is 10 ± (2.576·2 + 0.5) = [4.348, 15.652]
    expect(withinPoissonBinomialBand(15, 10, 4)).toBe(true);
    expect(withinPoissonBinomialBand(5, 10, 4)).toBe(true);
    expect(withinPoissonBinomialBand(16, 10, 4)).toBe(false);
    expect(withinPoissonBinomialBand(4, 10, 4)).toBe(false);
  });

  it('demands an exact match when the outcome was certain', () => {
    expect(withinPoissonBinomialBand(3, 3, 0)).toBe(true);
    expect(withinPoissonBinomialBand(2, 3, 0)).toBe(false);
  });
});

describe('randomnessCheck', () => {
  it('finds an honest uniform month consistent', () => {
    const records = syntheticMonth(20250601);
    const check = randomnessCheck(records, NO_HOLIDAYS);

    expect(check.summary.participants).toBe(200);
    expect(check.summary.records).toBe(6000);
    expect(check.summary.expectedTests).toBeCloseTo(6000 * (3 / 7), 3);
    expect(check.weekendHoliday.consistent).toBe(true);
    expect(check.weekendHoliday.expectedShare).toBeCloseTo(9 / 30, 4); // June 2025 starts on a Sunday: 9 weekend days
    expect(check.weekday.consistent).toBe(true);
    expect(check.weekday.degreesOfFreedom).toBe(6);
    expect(check.weekday.pValue).toBeGreaterThanOrEqual(0.01);
    expect(check.summary.participantsOutsideExpected).toBeLessThanOrEqual(10);
    for (const participant of check.participants) {
      expect(participant.days).toBe(30);
      expect(participant.orderedPerWeek).toBe(3);
      expect(participant.expectedTests).toBeCloseTo(30 * (3 / 7), 4);
    }
    expect(check.gaps.histogram[0]).toMatchObject({ days: 1 });
    expect(check.gaps.median).toBeLessThanOrEqual(3);
  });

  it('flags a month in which weekends were never selected', () => {
    const weekdaysOnly = (courtDay: string) => isoWeekdayIndex(courtDay) < 5;
    const check = randomnessCheck(syntheticMonth(20250601, weekdaysOnly), NO_HOLIDAYS);

    expect(check.weekendHoliday.observed).toBe(0);
    expect(check.weekendHoliday.observedShare).toBe(0);
    expect(check.weekendHoliday.z).toBeLessThan(-2.576);
    expect(check.weekendHoliday.consistent).toBe(false);
    expect(check.weekday.observed[5]).toBe(0);
    expect(check.weekday.observed[6]).toBe(0);
    expect(check.weekday.pValue).toBeLessThan(0.01);
    expect(check.weekday.consistent).toBe(false);
  });

  it('counts holidays as weekend/holiday days', () => {
    const days = ['2025-06-16', '2025-06-17', '2025-06-19', '2025-06-21']; // Mon, Tue, Thu (Juneteenth), Sat
    const records = days.map((courtDay, i) => record({ courtDay, randomSelected: i >= 2 }));

    const withHoliday = randomnessCheck(records, new Set(['2025-06-19'])).weekendHoliday;
    expect(withHoliday).toEqual({ observed: 2, expected: 1, observedShare: 1, expectedShare: 0.5, z: 1.4142, consistent: true });

    const withoutHoliday = randomnessCheck(records, NO_HOLIDAYS).weekendHoliday;
    expect(withoutHoliday).toMatchObject({ observed: 1, expected: 0.5, observedShare: 0.5, expectedShare: 0.25 });
  });

  it('reports overrides separately without changing the random counts', () => {
    const honest = syntheticMonth(7).slice(0, 300);
    let forced = 0;
    let excused = 0;
    const overridden = honest.map((r, i): DrawRecord => {
      if (i % 10 !== 0) return r;
      if (r.randomSelected) {
        excused++;
        return { ...r, selected: false, override: 'excused' };
      }
      forced++;
      return { ...r, selected: true, override: 'forced' };
    });
    expect(forced).toBeGreaterThan(0);
    expect(excused).toBeGreaterThan(0);

    const before = randomnessCheck(honest, NO_HOLIDAYS);
    const after = randomnessCheck(overridden, NO_HOLIDAYS);
    expect(after.summary).toEqual({ ...before.summary, forced, excused });
    expect(after.participants).toEqual(before.participants);
    expect(after.weekendHoliday).toEqual(before.weekendHoliday);
    expect(after.weekday).toEqual(before.weekday);
    expect(after.gaps).toEqual(before.gaps);
  });

  it('builds the gap histogram from consecutive random selections per participant', () => {
    const selections: Array<[string, string]> = [
      ['a', '2025-06-03'],
      ['a', '2025-06-05'], // gap 2
      ['a', '2025-06-06'], // gap 1
      ['a', '2025-06-26'], // gap 20 → 15+
      ['b', '2025-06-04'],
      ['b', '2025-06-06'], // gap 2
      ['c', '2025-06-10'], // a single selection: no gap
    ];
    const records = [
      ...selections.map(([participantId, courtDay]) => record({ participantId, courtDay, randomSelected: true })),
      record({ participantId: 'a', courtDay: '2025-06-04', randomSelected: false }),
      record({ participantId: 'b', courtDay: '2025-06-05', randomSelected: false, selected: true, override: 'forced' }),
    ];

    expect(randomnessCheck(records, NO_HOLIDAYS).gaps).toEqual({
      histogram: [
        { days: 1, count: 1, orMore: false },
        { days: 2, count: 2, orMore: false },
        { days: 15, count: 1, orMore: true },
      ],
      mean: 6.25,
      median: 2,
      max: 20,
      count: 4,
    });
  });

  it('reports each participant against their own expectation', () => {
    const records = [
      ...Array.from({ length: 14 }, (_, i) =>
        record({ participantId: 'over', courtDay: addDays('2025-06-02', i), probability: 0.1, testsPerWeek: 1, randomSelected: true }),
      ),
      record({ participantId: 'never', probability: 0 }),
    ];
    const [never, over] = randomnessCheck(records, NO_HOLIDAYS).participants;

    expect(over).toEqual({
      participantId: 'over',
      days: 14,
      expectedTests: 1.4,
      tests: 14,
      testsPerWeek: 7,
      orderedPerWeek: 1,
      ratio: 10,
      withinExpected: false,
    });
    expect(never).toMatchObject({ participantId: 'never', expectedTests: 0, tests: 0, ratio: null, withinExpected: true });
  });

  it('returns zeros and nulls for empty input', () => {
    expect(randomnessCheck([], NO_HOLIDAYS)).toEqual({
      participants: [],
      summary: { participants: 0, records: 0, expectedTests: 0, tests: 0, forced: 0, excused: 0, participantsOutsideExpected: 0 },
      weekendHoliday: { observed: 0, expected: 0, observedShare: null, expectedShare: null, z: null, consistent: true },
      gaps: { histogram: [], mean: null, median: null, max: null, count: 0 },
      weekday: {
        labels: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
        observed: [0, 0, 0, 0, 0, 0, 0],
        expected: [0, 0, 0, 0, 0, 0, 0],
        statistic: 0,
        degreesOfFreedom: 0,
        pValue: null,
        consistent: true,
      },
    });
  });

  it('is serialisable as plain JSON', () => {
    const check = randomnessCheck(syntheticMonth(1).slice(0, 90), NO_HOLIDAYS);
    expect(JSON.parse(JSON.stringify(check))).toEqual(check);
  });
});
