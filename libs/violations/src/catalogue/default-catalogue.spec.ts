import { PROGRAM_MODELS } from '@app/programs';
import { RESPONSE_EFFECTS, RESPONSE_KINDS } from '../responses/response.entities';
import { CATALOGUE_CODE, catalogueEntryProblems, DEFAULT_CATALOGUES, effectAllowedFor } from './default-catalogue';

describe('default response catalogues', () => {
  it('has one catalogue per program model', () => {
    expect(Object.keys(DEFAULT_CATALOGUES).sort()).toEqual([...PROGRAM_MODELS].sort());
  });

  describe.each(PROGRAM_MODELS.map((model) => [model, DEFAULT_CATALOGUES[model]] as const))('%s', (_model, catalogue) => {
    it('words every entry in Spanish and Portuguese (a participant reads what the judge ordered in their language)', () => {
      for (const entry of catalogue) {
        for (const language of ['es', 'pt'] as const) expect({ code: entry.code, language, name: entry.translations?.[language]?.name }).toEqual({ code: entry.code, language, name: expect.any(String) });
      }
    });

    it('passes the rules a court-written entry must pass', () => {
      for (const entry of catalogue) expect({ code: entry.code, problems: catalogueEntryProblems(entry) }).toEqual({ code: entry.code, problems: [] });
    });

    it('uses only known kinds and effects, levels 1..10 and upper-case codes', () => {
      for (const entry of catalogue) {
        expect(RESPONSE_KINDS).toContain(entry.kind);
        expect(RESPONSE_EFFECTS).toContain(entry.effect);
        expect(Number.isInteger(entry.level) && entry.level >= 1 && entry.level <= 10).toBe(true);
        expect(entry.code).toMatch(/^[A-Z0-9_]+$/);
        expect(entry.code.length).toBeLessThanOrEqual(32);
        expect(entry.name.length).toBeGreaterThan(0);
        expect(entry.name.length).toBeLessThanOrEqual(200);
      }
    });

    it('has unique codes', () => {
      const codes = catalogue.map((entry) => entry.code);
      expect(new Set(codes).size).toBe(codes.length);
    });

    it('puts jail and community service on sanctions only', () => {
      for (const entry of catalogue.filter((e) => e.effect === 'jail' || e.effect === 'community_service')) expect(entry.kind).toBe('sanction');
    });

    it('has at least one sanction, one incentive and one treatment adjustment', () => {
      for (const kind of RESPONSE_KINDS) expect(catalogue.some((entry) => entry.kind === kind)).toBe(true);
    });
  });

  it('starts HOPE with swift jail and warnings, and deferred judgment with no jail', () => {
    const hopeSanctions = DEFAULT_CATALOGUES.hope_probation.filter((e) => e.kind === 'sanction');
    expect(hopeSanctions.some((e) => e.effect === 'jail')).toBe(true);
    expect(hopeSanctions.some((e) => e.code === 'VERBAL_WARNING')).toBe(true);
    expect(DEFAULT_CATALOGUES.deferred_judgment.some((e) => e.effect === 'jail')).toBe(false);
    expect(DEFAULT_CATALOGUES.treatment_court.some((e) => e.effect === 'jail')).toBe(true);
  });

  describe('entry rules', () => {
    it('refuses jail or community service on anything but a sanction', () => {
      expect(effectAllowedFor('sanction', 'jail')).toBe(true);
      expect(effectAllowedFor('incentive', 'jail')).toBe(false);
      expect(effectAllowedFor('treatment_adjustment', 'community_service')).toBe(false);
      expect(effectAllowedFor('incentive', 'increased_testing')).toBe(true);
      expect(catalogueEntryProblems({ kind: 'incentive', effect: 'jail' })).toEqual([{ field: 'effect', message: expect.stringContaining('only on a sanction') }]);
    });

    it('names each bad field', () => {
      const problems = catalogueEntryProblems({ kind: 'sanction', effect: 'none', code: 'bad code', name: ' ', level: 11 });
      expect(problems.map((p) => p.field)).toEqual(['code', 'name', 'level']);
      expect(catalogueEntryProblems({ kind: 'sanction', effect: 'none', level: 0 }).map((p) => p.field)).toEqual(['level']);
      expect(catalogueEntryProblems({ kind: 'sanction', effect: 'none', level: 2.5 }).map((p) => p.field)).toEqual(['level']);
    });

    it('accepts codes of upper-case letters, digits and underscores', () => {
      expect(CATALOGUE_CODE.test('JAIL_2')).toBe(true);
      expect(CATALOGUE_CODE.test('jail')).toBe(false);
      expect(CATALOGUE_CODE.test('J')).toBe(false);
      expect(CATALOGUE_CODE.test('A-B')).toBe(false);
      expect(CATALOGUE_CODE.test('X'.repeat(33))).toBe(false);
    });
  });
});
