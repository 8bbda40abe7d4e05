import {
  AGE_BANDS,
  raceAnswerOf,
  ageAtReferral,
  ageBand,
  DEMOGRAPHIC_DIMENSIONS,
  demographicGroupOf,
  demographicGroups,
  demographicGroupSql,
  ETHNICITIES,
  GENDERS,
  mapEthnicity,
  mapGender,
  mapPrimaryLanguage,
  mapRace,
  mapSex,
  normaliseDemographicWord,
  PRIMARY_LANGUAGES,
  RACES,
  SEXES,
  type DemographicAnswers,
} from './demographics';
import { correctedIssueFields, demographicColumns } from './demographic-input';

const nobody: DemographicAnswers = { ethnicity: null, races: [], raceDeclined: false, sex: null, gender: null, primaryLanguage: null, dateOfBirth: null, referredOn: null };

describe('demographics: words to codes', () => {
  it('ignores case, accents and punctuation', () => {
    expect(normaliseDemographicWord('  Não-Hispânico ')).toBe('nao hispanico');
    expect(normaliseDemographicWord('Latino/a')).toBe('latino a');
  });

  it.each([
    ['Hispanic', 'hispanic_latino'],
    ['Latino/a', 'hispanic_latino'],
    ['LATINA', 'hispanic_latino'],
    ['Hispano', 'hispanic_latino'],
    ['Not Hispanic or Latino', 'not_hispanic_latino'],
    ['Non-Hispanic', 'not_hispanic_latino'],
    ['Não hispânico', 'not_hispanic_latino'],
    ['Prefer not to say', 'declined'],
    ['unknown', null],
    ['', null],
    ['Martian', undefined],
  ])('ethnicity %p → %p', (text, code) => expect(mapEthnicity(text)).toBe(code));

  it.each([
    ['F', 'woman'],
    ['Female', 'woman'],
    ['Mujer', 'woman'],
    ['mulher', 'woman'],
    ['M', 'man'],
    ['Hombre', 'man'],
    ['non-binary', 'non_binary'],
    ['No binario', 'non_binary'],
    ['Masc.', undefined],
  ])('gender %p → %p', (text, code) => expect(mapGender(text)).toBe(code));

  it.each([
    ['Female', 'female'],
    ['masculino', 'male'],
    ['Intersex', 'intersex'],
    ['declined', 'declined'],
    ['X', undefined],
  ])('sex %p → %p', (text, code) => expect(mapSex(text)).toBe(code));

  it.each([
    ['Spanish', 'es'],
    ['Español', 'es'],
    ['Português', 'pt'],
    ['Haitian Creole', 'ht'],
    ['Mandarin', 'zh'],
    ['vi', 'vi'],
    ['Klingon', undefined],
  ])('primary language %p → %p', (text, code) => expect(mapPrimaryLanguage(text)).toBe(code));

  it('maps a race word, a list of races, and Hispanic written as a race', () => {
    expect(mapRace('Black')).toEqual({ races: ['black_african_american'], declined: false, hispanicLatino: false });
    expect(mapRace('Black or African American')).toEqual({ races: ['black_african_american'], declined: false, hispanicLatino: false });
    expect(mapRace('African American')?.races).toEqual(['black_african_american']);
    expect(mapRace('Caucasian')?.races).toEqual(['white']);
    expect(mapRace('Blanco y negro')?.races).toEqual(['black_african_american', 'white']);
    expect(mapRace('White, Asian')?.races).toEqual(['asian', 'white']);
    expect(mapRace('American Indian and Alaska Native')?.races).toEqual(['american_indian_alaska_native']);
    expect(mapRace('Hispanic')).toEqual({ races: [], declined: false, hispanicLatino: true });
    expect(mapRace('Refused')).toEqual({ races: [], declined: true, hispanicLatino: false });
    expect(mapRace('N/A')).toBeNull();
    expect(mapRace('Mixed')).toBeUndefined();
    expect(mapRace('White, Martian')).toBeUndefined();
  });

  it('maps every code to itself, so mapping stored codes again changes nothing', () => {
    for (const code of ETHNICITIES) expect(mapEthnicity(code)).toBe(code);
    for (const code of GENDERS) expect(mapGender(code)).toBe(code);
    for (const code of SEXES) expect(mapSex(code)).toBe(code);
    for (const code of PRIMARY_LANGUAGES) expect(mapPrimaryLanguage(code)).toBe(code);
    for (const code of RACES) expect(mapRace(code)?.races).toEqual([code]);
  });
});

describe('demographics: age at referral', () => {
  it('counts whole years, the birthday itself included', () => {
    expect(ageAtReferral('2000-06-15', '2026-06-14')).toBe(25);
    expect(ageAtReferral('2000-06-15', '2026-06-15')).toBe(26);
    expect(ageAtReferral('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageAtReferral(null, '2026-01-01')).toBeNull();
  });

  it('puts ages in bands, unknown without one', () => {
    expect([17, 18, 25, 26, 35, 36, 45, 46, 55, 56].map(ageBand)).toEqual([
      'under_18', '18_25', '18_25', '26_35', '26_35', '36_45', '36_45', '46_55', '46_55', '56_plus',
    ]);
    expect(ageBand(null)).toBe('unknown');
    expect(demographicGroups('ageBand')).toEqual([...AGE_BANDS, 'unknown']);
  });
});

describe('demographics: groups', () => {
  it('reports race and ethnicity as federal reporting does', () => {
    const group = (answers: Partial<DemographicAnswers>) => demographicGroupOf('raceEthnicity', { ...nobody, ...answers });
    expect(group({ ethnicity: 'hispanic_latino', races: ['white'] })).toBe('hispanic_latino');
    expect(group({ ethnicity: 'not_hispanic_latino', races: ['asian'] })).toBe('asian');
    expect(group({ races: ['asian', 'white'] })).toBe('two_or_more');
    expect(group({ raceDeclined: true })).toBe('declined');
    expect(group({ ethnicity: 'declined' })).toBe('declined');
    expect(group({ ethnicity: 'not_hispanic_latino' })).toBe('unknown');
  });

  it('has every group a participant can fall in, unknown last', () => {
    for (const dimension of DEMOGRAPHIC_DIMENSIONS) {
      const groups = demographicGroups(dimension);
      expect(groups[groups.length - 1]).toBe('unknown');
      expect(groups).toContain(demographicGroupOf(dimension, nobody));
      expect(new Set(groups).size).toBe(groups.length);
    }
    expect(demographicGroups('raceEthnicity')).toEqual(['hispanic_latino', ...RACES, 'two_or_more', 'declined', 'unknown']);
  });

  it('writes only a plain identifier as the alias into SQL', () => {
    expect(demographicGroupSql('sex', 'person')).toBe(`COALESCE(person.sex, 'unknown')`);
    expect(() => demographicGroupSql('sex', 'p; DROP TABLE participants')).toThrow();
  });
});

describe('demographics: a referral or correction', () => {
  it('takes codes as given, races in one order', () => {
    const { columns, problems } = demographicColumns({ gender: 'woman', races: ['white', 'asian', 'white'], primaryLanguage: 'es' });
    expect(problems).toEqual([]);
    expect(columns).toEqual({ gender: 'woman', races: ['asian', 'white'], raceDeclined: false, primaryLanguage: 'es' });
    expect(correctedIssueFields(columns)).toEqual(['gender', 'race']);
  });

  it('maps the legacy race word, Hispanic to the ethnicity question', () => {
    expect(demographicColumns({ race: 'Black' }).columns).toEqual({ races: ['black_african_american'], raceDeclined: false });
    expect(demographicColumns({ race: 'Latino' }).columns).toEqual({ races: [], raceDeclined: false, ethnicity: 'hispanic_latino' });
    expect(demographicColumns({ race: 'Latino', ethnicity: 'declined' }).columns.ethnicity).toBe('declined');
  });

  it('refuses an unknown race word naming the codes, both race fields together, and a declined race with races', () => {
    expect(demographicColumns({ race: 'Martian' }).problems).toEqual([{ field: 'race', message: expect.stringContaining('black_african_american') }]);
    expect(demographicColumns({ race: 'Black', races: ['white'] }).problems.map((p) => p.field)).toEqual(['race']);
    expect(demographicColumns({ races: ['white'], raceDeclined: true }).problems.map((p) => p.field)).toEqual(['raceDeclined']);
    expect(demographicColumns({ raceDeclined: true }).columns).toEqual({ raceDeclined: true, races: [] });
  });

  it('leaves what the request does not answer', () => {
    expect(demographicColumns({}).columns).toEqual({});
    expect(correctedIssueFields({})).toEqual([]);
  });
});

describe('demographics: the single race answer kept for older readers', () => {
  it('names the one race, two or more, declined, or nothing', () => {
    expect(raceAnswerOf({ races: ['asian'], raceDeclined: false })).toBe('asian');
    expect(raceAnswerOf({ races: ['asian', 'white'], raceDeclined: false })).toBe('two_or_more');
    expect(raceAnswerOf({ races: [], raceDeclined: true })).toBe('declined');
    expect(raceAnswerOf({ races: [], raceDeclined: false })).toBeNull();
  });
});
