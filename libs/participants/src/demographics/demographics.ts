/**
 * Demographics as controlled vocabularies, for equity reporting.
 *
 * Race and ethnicity follow the US federal two-question form (OMB 1997):
 * first "Hispanic or Latino?", then one or more races. Sex and gender are
 * separate questions, each with "declined" as an answer in its own right
 * (a recorded refusal is not the same as a question never asked, which is
 * null in the database and `unknown` in a report). Age is not stored: it is
 * derived from the date of birth and the referral day, so it cannot drift.
 *
 * Pure: no Nest or TypeORM import. The same word mapping serves the
 * migration of the old free text, the referral API's legacy `race` field and
 * the participants CSV import, so a word means the same code everywhere.
 */

export const ETHNICITIES = ['hispanic_latino', 'not_hispanic_latino', 'declined'] as const;
export type Ethnicity = (typeof ETHNICITIES)[number];

export const RACES = ['american_indian_alaska_native', 'asian', 'black_african_american', 'native_hawaiian_pacific_islander', 'white'] as const;
export type Race = (typeof RACES)[number];

export const SEXES = ['female', 'male', 'intersex', 'declined'] as const;
export type Sex = (typeof SEXES)[number];

export const GENDERS = ['woman', 'man', 'non_binary', 'another', 'declined'] as const;
export type Gender = (typeof GENDERS)[number];

/**
 * Primary languages as ISO 639-1 codes: the languages most spoken at home
 * by people with limited English in the US and the Americas, and `other`.
 */
export const PRIMARY_LANGUAGES = [
  'en', 'es', 'pt', 'zh', 'vi', 'ar', 'ht', 'ko', 'ru', 'tl', 'fr', 'so',
  'am', 'bn', 'de', 'fa', 'hi', 'it', 'ja', 'km', 'lo', 'ne', 'pa', 'pl', 'sw', 'uk', 'ur',
  'other',
] as const;
export type PrimaryLanguage = (typeof PRIMARY_LANGUAGES)[number];

export const AGE_BANDS = ['under_18', '18_25', '26_35', '36_45', '46_55', '56_plus'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** The race-and-ethnicity groups of federal reporting, beyond the single races. */
export const RACE_ETHNICITY_GROUPS = ['hispanic_latino', ...RACES, 'two_or_more', 'declined', 'unknown'] as const;
export type RaceEthnicityGroup = (typeof RACE_ETHNICITY_GROUPS)[number];

export const DEMOGRAPHIC_DIMENSIONS = ['raceEthnicity', 'sex', 'gender', 'ageBand', 'language'] as const;
export type DemographicDimension = (typeof DEMOGRAPHIC_DIMENSIONS)[number];

/** A participant's group when the answer was never recorded. */
export const UNKNOWN_GROUP = 'unknown';

/** The group codes of a dimension, in the order tables and charts show them; `unknown` last. */
export function demographicGroups(dimension: DemographicDimension): readonly string[] {
  switch (dimension) {
    case 'raceEthnicity':
      return RACE_ETHNICITY_GROUPS;
    case 'sex':
      return [...SEXES, UNKNOWN_GROUP];
    case 'gender':
      return [...GENDERS, UNKNOWN_GROUP];
    case 'ageBand':
      return [...AGE_BANDS, UNKNOWN_GROUP];
    case 'language':
      return [...PRIMARY_LANGUAGES, UNKNOWN_GROUP];
  }
}

// Age at referral

/** Whole years between a date of birth and the referral day (both `YYYY-MM-DD`), or null when either is missing. */
export function ageAtReferral(dateOfBirth: string | null | undefined, referredOn: string | null | undefined): number | null {
  if (!dateOfBirth || !referredOn) return null;
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [ry, rm, rd] = referredOn.split('-').map(Number);
  const beforeBirthday = rm < bm || (rm === bm && rd < bd);
  return ry - by - (beforeBirthday ? 1 : 0);
}

export function ageBand(age: number | null): AgeBand | typeof UNKNOWN_GROUP {
  if (age === null || age < 0) return UNKNOWN_GROUP;
  if (age < 18) return 'under_18';
  if (age <= 25) return '18_25';
  if (age <= 35) return '26_35';
  if (age <= 45) return '36_45';
  if (age <= 55) return '46_55';
  return '56_plus';
}

// Groups

/** The recorded demographics a participant's groups are computed from (the entity's fields). */
export interface DemographicAnswers {
  ethnicity: string | null;
  races: readonly string[];
  raceDeclined: boolean;
  sex: string | null;
  gender: string | null;
  primaryLanguage: string | null;
  dateOfBirth: string | null;
  referredOn: string | null;
}

/**
 * Federal race-and-ethnicity reporting: Hispanic or Latino of any race
 * counts as Hispanic or Latino; otherwise the one race named, or
 * "two or more races"; a declined answer with no race given is `declined`.
 */
export function raceEthnicityGroup(answers: Pick<DemographicAnswers, 'ethnicity' | 'races' | 'raceDeclined'>): RaceEthnicityGroup {
  if (answers.ethnicity === 'hispanic_latino') return 'hispanic_latino';
  const race = raceAnswerOf(answers);
  if (race === null && answers.ethnicity === 'declined') return 'declined';
  return race ?? 'unknown';
}

/**
 * The race question's answer as one word, for readers of the `race` field
 * that the participant record carried before races became a list: the one
 * race named, `two_or_more`, `declined`, or null when not recorded.
 */
export function raceAnswerOf(answers: Pick<DemographicAnswers, 'races' | 'raceDeclined'>): Race | 'two_or_more' | 'declined' | null {
  if (answers.races.length === 1) return answers.races[0] as Race;
  if (answers.races.length > 1) return 'two_or_more';
  return answers.raceDeclined ? 'declined' : null;
}

/** The participant's group in a dimension; the same answer as {@link demographicGroupSql} gives in Postgres. */
export function demographicGroupOf(dimension: DemographicDimension, answers: DemographicAnswers): string {
  switch (dimension) {
    case 'raceEthnicity':
      return raceEthnicityGroup(answers);
    case 'sex':
      return answers.sex ?? UNKNOWN_GROUP;
    case 'gender':
      return answers.gender ?? UNKNOWN_GROUP;
    case 'ageBand':
      return ageBand(ageAtReferral(answers.dateOfBirth, answers.referredOn));
    case 'language':
      return answers.primaryLanguage ?? UNKNOWN_GROUP;
  }
}

const SQL_ALIAS = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * A SQL expression giving each participant's group code in a dimension,
 * over the `participants` table under `alias` (for GROUP BY in reports).
 * Never null: `unknown` when the answer was not recorded.
 */
export function demographicGroupSql(dimension: DemographicDimension, alias = 'p'): string {
  // The alias is written into SQL: only a plain identifier is accepted.
  if (!SQL_ALIAS.test(alias)) throw new Error(`demographicGroupSql: not an SQL alias: ${alias}`);
  const p = alias;
  switch (dimension) {
    case 'raceEthnicity':
      return `(CASE WHEN ${p}.ethnicity = 'hispanic_latino' THEN 'hispanic_latino'
        WHEN cardinality(${p}.races) = 1 THEN ${p}.races[1]
        WHEN cardinality(${p}.races) > 1 THEN 'two_or_more'
        WHEN ${p}.race_declined OR ${p}.ethnicity = 'declined' THEN 'declined'
        ELSE 'unknown' END)`;
    case 'sex':
      return `COALESCE(${p}.sex, 'unknown')`;
    case 'gender':
      return `COALESCE(${p}.gender, 'unknown')`;
    case 'language':
      return `COALESCE(${p}.primary_language, 'unknown')`;
    case 'ageBand': {
      const age = `date_part('year', age(${p}.referred_on, ${p}.date_of_birth))`;
      return `(CASE WHEN ${p}.date_of_birth IS NULL OR ${p}.referred_on IS NULL OR ${p}.referred_on < ${p}.date_of_birth THEN 'unknown'
        WHEN ${age} < 18 THEN 'under_18'
        WHEN ${age} <= 25 THEN '18_25'
        WHEN ${age} <= 35 THEN '26_35'
        WHEN ${age} <= 45 THEN '36_45'
        WHEN ${age} <= 55 THEN '46_55'
        ELSE '56_plus' END)`;
    }
  }
}

// Words to codes

/**
 * Lower case, accents removed, every run of punctuation or space one space:
 * "Latino/a" → "latino a", "Não-hispânico" → "nao hispanico".
 */
export function normaliseDemographicWord(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Words that say the question was not answered (as opposed to declined): they map to "not recorded". */
const NOT_RECORDED_WORDS = new Set(['', 'unknown', 'unk', 'n a', 'na', 'none', 'not recorded', 'not known', 'desconocido', 'desconocida', 'desconhecido', 'desconhecida', 'sin dato', 'sem informacao']);

const DECLINED_WORDS = [
  'declined', 'decline', 'declined to answer', 'declined to state', 'refused', 'prefer not to say', 'prefer not to answer',
  'no responde', 'prefiere no responder', 'prefiere no decir', 'se nego', 'prefere nao responder', 'prefere nao dizer', 'recusou',
];

/** Words naming a Hispanic or Latino origin, in whichever field they were written. */
const HISPANIC_LATINO_WORDS = [
  'hispanic', 'latino', 'latina', 'latinx', 'latine', 'latino a', 'latina o', 'hispanic latino', 'hispanic or latino', 'hispanic latina',
  'hispano', 'hispana', 'hispano latino', 'hispanico', 'hispanica', 'mexican', 'mexicano', 'mexicana', 'puerto rican', 'puertorriqueno',
  'cuban', 'cubano', 'dominican', 'dominicano', 'salvadoran', 'guatemalan', 'hisp',
];

const ETHNICITY_WORDS: Record<string, Ethnicity> = Object.fromEntries([
  // The yes/no answers belong to the ethnicity question alone ("Hispanic or Latino? yes").
  ...[...HISPANIC_LATINO_WORDS, 'yes', 'y', 'si', 'sim', 'h'].map((w) => [w, 'hispanic_latino' as const]),
  ...[
    'not hispanic', 'non hispanic', 'nonhispanic', 'not hispanic or latino', 'not hispanic latino', 'non hispanic latino', 'not latino',
    'no hispano', 'no hispana', 'no hispano latino', 'no latino', 'nao hispanico', 'nao hispanica', 'nao latino', 'no', 'n', 'nao', 'nh',
  ].map((w) => [w, 'not_hispanic_latino' as const]),
  ...DECLINED_WORDS.map((w) => [w, 'declined' as const]),
]);

const RACE_WORDS: Record<string, Race> = Object.fromEntries([
  ...[
    'american indian', 'american indian or alaska native', 'american indian alaska native', 'alaska native', 'alaskan native', 'native american',
    'indigenous', 'indigena', 'indio americano', 'nativo americano', 'indigena americano', 'first nations', 'ai an', 'aian',
  ].map((w) => [w, 'american_indian_alaska_native' as const]),
  ...['asian', 'asian american', 'asiatico', 'asiatica', 'chinese', 'vietnamese', 'korean', 'filipino', 'filipina', 'japanese', 'asian indian', 'amarelo', 'amarela']
    .map((w) => [w, 'asian' as const]),
  ...[
    'black', 'african american', 'black or african american', 'black african american', 'african american black', 'afro american',
    'negro', 'negra', 'afroamericano', 'afroamericana', 'afrodescendiente', 'preto', 'preta', 'afrodescendente', 'b', 'aa',
  ].map((w) => [w, 'black_african_american' as const]),
  ...[
    'native hawaiian', 'pacific islander', 'native hawaiian or other pacific islander', 'native hawaiian or pacific islander',
    'native hawaiian pacific islander', 'hawaiian', 'samoan', 'guamanian', 'chamorro', 'nhpi', 'isleno del pacifico', 'hawaiano',
  ].map((w) => [w, 'native_hawaiian_pacific_islander' as const]),
  ...['white', 'caucasian', 'white caucasian', 'caucasian white', 'european american', 'blanco', 'blanca', 'branco', 'branca', 'w', 'c']
    .map((w) => [w, 'white' as const]),
]);

const SEX_WORDS: Record<string, Sex> = Object.fromEntries([
  ...['female', 'f', 'woman', 'mujer', 'femenino', 'femenina', 'feminino', 'mulher', 'hembra'].map((w) => [w, 'female' as const]),
  ...['male', 'm', 'man', 'hombre', 'masculino', 'varon', 'homem'].map((w) => [w, 'male' as const]),
  ...['intersex', 'intersexual', 'intersexo'].map((w) => [w, 'intersex' as const]),
  ...DECLINED_WORDS.map((w) => [w, 'declined' as const]),
]);

const GENDER_WORDS: Record<string, Gender> = Object.fromEntries([
  ...['woman', 'female', 'f', 'w', 'mujer', 'femenino', 'femenina', 'feminino', 'mulher', 'trans woman', 'transgender woman', 'mujer trans', 'mulher trans', 'transgender female', 'mtf']
    .map((w) => [w, 'woman' as const]),
  ...['man', 'male', 'm', 'hombre', 'masculino', 'varon', 'homem', 'trans man', 'transgender man', 'hombre trans', 'homem trans', 'transgender male', 'ftm']
    .map((w) => [w, 'man' as const]),
  ...['non binary', 'nonbinary', 'nb', 'enby', 'genderqueer', 'gender queer', 'no binario', 'no binaria', 'nao binario', 'nao binaria']
    .map((w) => [w, 'non_binary' as const]),
  ...['another', 'other', 'another gender', 'two spirit', 'agender', 'genderfluid', 'gender fluid', 'otro', 'otra', 'outro', 'outra']
    .map((w) => [w, 'another' as const]),
  ...DECLINED_WORDS.map((w) => [w, 'declined' as const]),
]);

const PRIMARY_LANGUAGE_WORDS: Record<string, PrimaryLanguage> = Object.fromEntries([
  ...PRIMARY_LANGUAGES.map((code) => [code, code]),
  ...Object.entries({
    en: ['english', 'ingles', 'eng'],
    es: ['spanish', 'espanol', 'castellano', 'espanhol', 'spa'],
    pt: ['portuguese', 'portugues', 'por'],
    zh: ['chinese', 'mandarin', 'cantonese', 'chino', 'chines'],
    vi: ['vietnamese', 'vietnamita'],
    ar: ['arabic', 'arabe'],
    ht: ['haitian creole', 'haitian', 'creole', 'kreyol', 'kreyol ayisyen', 'criollo haitiano', 'crioulo haitiano'],
    ko: ['korean', 'coreano'],
    ru: ['russian', 'ruso', 'russo'],
    tl: ['tagalog', 'filipino'],
    fr: ['french', 'frances', 'frances'],
    so: ['somali'],
    am: ['amharic'],
    bn: ['bengali', 'bangla'],
    de: ['german', 'aleman', 'alemao'],
    fa: ['persian', 'farsi', 'dari'],
    hi: ['hindi'],
    it: ['italian', 'italiano'],
    ja: ['japanese', 'japones'],
    km: ['khmer', 'cambodian'],
    lo: ['lao', 'laotian'],
    ne: ['nepali'],
    pa: ['punjabi'],
    pl: ['polish', 'polaco'],
    sw: ['swahili'],
    uk: ['ukrainian', 'ucraniano'],
    ur: ['urdu'],
    other: ['other', 'otro', 'outro'],
  }).flatMap(([code, words]) => words.map((w) => [w, code as PrimaryLanguage])),
]);

/**
 * What a free-text answer maps to: a code, `null` when the text says the
 * question was not answered ("unknown", "N/A", empty), or `undefined` when
 * the text is not a word the mapping knows (to be reported, never guessed).
 */
export type Mapped<T> = T | null | undefined;

function lookup<T>(words: Record<string, T>, text: string | null | undefined): Mapped<T> {
  const word = normaliseDemographicWord(text ?? '');
  if (NOT_RECORDED_WORDS.has(word)) return null;
  return Object.prototype.hasOwnProperty.call(words, word) ? words[word] : undefined;
}

export const mapEthnicity = (text: string | null | undefined): Mapped<Ethnicity> => lookup(ETHNICITY_WORDS, text);
export const mapSex = (text: string | null | undefined): Mapped<Sex> => lookup(SEX_WORDS, text);
export const mapGender = (text: string | null | undefined): Mapped<Gender> => lookup(GENDER_WORDS, text);
export const mapPrimaryLanguage = (text: string | null | undefined): Mapped<PrimaryLanguage> => lookup(PRIMARY_LANGUAGE_WORDS, text);

/** The answer to the race question a free-text race gives. */
export interface RaceAnswer {
  races: Race[];
  declined: boolean;
  /**
   * The text named a Hispanic or Latino origin ("Hispanic" was often written
   * as a race before the two questions were asked separately): it answers
   * the ethnicity question, and no race.
   */
  hispanicLatino: boolean;
}

/** Separators between races written in one field: "Black, White", "Asian & White", "Blanco y negro". */
const RACE_LIST_SEPARATOR = /\s*(?:[,;&+|]|\band\b|\by\b|\be\b)\s*/i;

/**
 * Maps a free-text race, which may name several ("White, Asian"), to the
 * race question's answer; `null` when it says nothing was recorded,
 * `undefined` when any part of it is a word the mapping does not know.
 */
export function mapRace(text: string | null | undefined): Mapped<RaceAnswer> {
  const whole = normaliseDemographicWord(text ?? '');
  if (NOT_RECORDED_WORDS.has(whole)) return null;
  const single = mapOneRace(whole);
  if (single !== undefined) return single;
  const parts = (text ?? '').split(RACE_LIST_SEPARATOR).map(normaliseDemographicWord).filter((part) => part !== '');
  if (parts.length < 2) return undefined;
  const answer: RaceAnswer = { races: [], declined: false, hispanicLatino: false };
  for (const part of parts) {
    const mapped = mapOneRace(part);
    if (mapped === undefined || mapped.declined) return undefined;
    answer.hispanicLatino ||= mapped.hispanicLatino;
    for (const race of mapped.races) if (!answer.races.includes(race)) answer.races.push(race);
  }
  answer.races.sort((a, b) => RACES.indexOf(a) - RACES.indexOf(b));
  return answer;
}

function mapOneRace(word: string): RaceAnswer | undefined {
  if (Object.prototype.hasOwnProperty.call(RACE_WORDS, word)) return { races: [RACE_WORDS[word]], declined: false, hispanicLatino: false };
  if (DECLINED_WORDS.includes(word)) return { races: [], declined: true, hispanicLatino: false };
  if (HISPANIC_LATINO_WORDS.includes(word)) return { races: [], declined: false, hispanicLatino: true };
  return undefined;
}

export const isEthnicity = (value: unknown): value is Ethnicity => (ETHNICITIES as readonly unknown[]).includes(value);
export const isRace = (value: unknown): value is Race => (RACES as readonly unknown[]).includes(value);
export const isSex = (value: unknown): value is Sex => (SEXES as readonly unknown[]).includes(value);
export const isGender = (value: unknown): value is Gender => (GENDERS as readonly unknown[]).includes(value);
export const isPrimaryLanguage = (value: unknown): value is PrimaryLanguage => (PRIMARY_LANGUAGES as readonly unknown[]).includes(value);
