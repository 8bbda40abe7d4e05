import { describeHours, isOpenOn, nextOpening, openingHoursProblems, parseOpeningHours, weekdayOf } from './opening-hours';

describe('opening hours', () => {
  it('reads the hours courts wrote as text, and refuses to guess the rest', () => {
    expect(parseOpeningHours('Every day 06:00-22:00')).toHaveLength(7);
    expect(parseOpeningHours('Mon-Sat 07:00-19:00, Sun 09:00-15:00')).toEqual([
      ...['mon', 'tue', 'wed', 'thu', 'fri', 'sat'].map((day) => ({ day, opens: '07:00', closes: '19:00' })),
      { day: 'sun', opens: '09:00', closes: '15:00' },
    ]);
    expect(parseOpeningHours('Lun-Vie 8:00-12:00/13:00-16:00')).toHaveLength(10);
    expect(parseOpeningHours('Sat & Sun 08:00-12:00')?.map((h) => h.day)).toEqual(['sat', 'sun']);
    for (const text of ['daily', 'never', 'h', 'Mon-Fri', 'Mon-Fri 17:00-06:00', 'Mon-Fri 06:00-17:00, by appointment', 'Mon-Fri 25:00-26:00']) {
      expect(parseOpeningHours(text)).toBeNull();
    }
  });

  it('words a week in each language, grouping days with the same hours', () => {
    const hours = parseOpeningHours('Mon-Fri 07:00-12:00/13:00-17:00, Sat 08:00-12:00')!;
    expect(describeHours(hours, 'en')).toBe('Mon-Fri 07:00-12:00/13:00-17:00, Sat 08:00-12:00');
    expect(describeHours(hours, 'es')).toBe('Lun-Vie 07:00-12:00/13:00-17:00, Sáb 08:00-12:00');
    expect(describeHours(hours, 'pt')).toBe('Seg-Sex 07:00-12:00/13:00-17:00, Sáb 08:00-12:00');
    expect(describeHours(parseOpeningHours('Every day 06:00-17:00')!, 'en')).toBe('Mon-Sun 06:00-17:00');
    expect(describeHours([], 'es')).toBe('Cerrado');
    // Reading the words back gives the same week.
    expect(parseOpeningHours(describeHours(hours, 'es'))).toEqual(hours);
  });

  it('refuses a closing before its opening and two openings of a day that overlap', () => {
    expect(
      openingHoursProblems([
        { day: 'mon', opens: '08:00', closes: '12:00' },
        { day: 'mon', opens: '11:00', closes: '13:00' },
        { day: 'tue', opens: '09:00', closes: '09:00' },
      ]).map((p) => p.field),
    ).toEqual(['weeklyHours.1.opens', 'weeklyHours.2.closes']);
  });

  it('tells whether a site opens on a day and finds the next opening, closures included', () => {
    expect(weekdayOf('2026-12-06')).toBe('sun');
    const weekdays = { name: 'Lab', weeklyHours: parseOpeningHours('Mon-Fri 08:00-16:00'), closures: [{ date: '2026-12-07' }] };
    const annex = { name: 'Annex', weeklyHours: parseOpeningHours('Tue 06:30-09:00'), closures: [] };
    expect(isOpenOn(weekdays, '2026-12-05')).toBe(false);
    expect(isOpenOn(weekdays, '2026-12-07')).toBe(false);
    expect(isOpenOn(weekdays, '2026-12-08')).toBe(true);
    // Saturday: Monday is a closure, so Tuesday, at the earliest site.
    expect(nextOpening([weekdays, annex], '2026-12-05')).toEqual({ date: '2026-12-08', opens: '06:30', closes: '09:00', site: 'Annex' });
    // Hours not known as data: never taken to be closed.
    expect(isOpenOn({ name: 'Old', weeklyHours: null, closures: [] }, '2026-12-05')).toBe(true);
    expect(nextOpening([{ name: 'Shut', weeklyHours: [], closures: [] }], '2026-12-05')).toBeNull();
  });
});
