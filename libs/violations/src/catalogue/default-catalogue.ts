import type { Translations } from '@app/core';
import type { ProgramModel } from '@app/programs';
import type { ResponseEffect, ResponseKind } from '../responses/response.entities';

/**
 * The graduated catalogue a program starts from, by program model: plain
 * values, no Nest or TypeORM. A court copies it (POST … { fromDefault: true })
 * and then adapts it: renames, re-levels, retires, adds its own entries.
 *
 * Levels run 1 (mildest) to 10; the defaults leave room above them. Jail and
 * community service are sanctions only; a treatment adjustment is never a
 * sanction (it answers clinical need, not non-compliance).
 */

/** Upper-case letters, digits and underscores; 2 to 32 characters (the column holds 32). */
export const CATALOGUE_CODE = /^[A-Z0-9_]{2,32}$/;
export const CATALOGUE_MIN_LEVEL = 1;
export const CATALOGUE_MAX_LEVEL = 10;
export const CATALOGUE_NAME_MAX_LENGTH = 200;

/** Effects only a sanction may have (the table's `effect_kind` check says the same). */
export const SANCTION_ONLY_EFFECTS: readonly ResponseEffect[] = ['jail', 'community_service'];

export interface CatalogueEntryValues {
  kind: ResponseKind;
  /** Unique in the program, e.g. `JAIL`. */
  code: string;
  name: string;
  /** The name in other languages; none when absent. */
  translations?: Translations<'name'>;
  /** 1 (mildest) to 10. */
  level: number;
  effect: ResponseEffect;
  /** Restricts liberty (jail, curfew, monitoring, home detention): ordered only by the judge at a hearing. Default: see `restrictsLibertyByDefault`. */
  restrictsLiberty?: boolean;
}

/** Codes of the sanctions that restrict liberty beyond jail, as the default catalogues and the migration name them. */
export const LIBERTY_CODES: readonly string[] = ['CURFEW', 'ELECTRONIC_MONITORING', 'HOME_DETENTION'];

/** Whether an entry restricts liberty when its court does not say: jail always does, and the usual codes for curfew, monitoring and home detention. */
export function restrictsLibertyByDefault(entry: Pick<CatalogueEntryValues, 'kind' | 'code' | 'effect'>): boolean {
  return entry.kind === 'sanction' && (entry.effect === 'jail' || LIBERTY_CODES.includes(entry.code));
}

/** Whether an entry of this kind may have this effect. */
export function effectAllowedFor(kind: ResponseKind, effect: ResponseEffect): boolean {
  return kind === 'sanction' || !SANCTION_ONLY_EFFECTS.includes(effect);
}

/**
 * Words naming prescribed medication (medication for addiction treatment
 * among it), in the three languages: a sanction that names one would take
 * or change a participant's medication, which is the prescriber's decision.
 */
const MEDICATION_WORDS =
  /\b(medications?|medicines?|prescri\w*|methadone|buprenorphine|suboxone|subutex|sublocade|zubsolv|naltrexone|vivitrol|mat|moud|maud|medicaci[oó]n|medicamentos?|metadona|buprenorfina|naltrexona|recetas?|medica[cç](?:[aã]o|[oõ]es)|rem[eé]dios?|receitas?)\b/i;

/** Whether a catalogue entry's name speaks of prescribed medication. */
export function namesMedication(name: string): boolean {
  return MEDICATION_WORDS.test(name);
}

/**
 * What is wrong with an entry's values (the DTO checks types; this is the
 * rule set the defaults pass too). Among them: prescribed medication is
 * never a sanction, so a sanction whose name, in any language, names
 * medication is refused (a court cannot order a participant off it).
 */
export function catalogueEntryProblems(
  entry: Pick<CatalogueEntryValues, 'kind' | 'effect'> & Partial<CatalogueEntryValues> & { translations?: Record<string, { name?: string } | undefined> },
): Array<{ field: string; message: string }> {
  const problems: Array<{ field: string; message: string }> = [];
  if (entry.code !== undefined && !CATALOGUE_CODE.test(entry.code)) {
    problems.push({ field: 'code', message: 'must be 2 to 32 upper-case letters, digits or underscores' });
  }
  if (entry.name !== undefined && (entry.name.trim().length === 0 || entry.name.length > CATALOGUE_NAME_MAX_LENGTH)) {
    problems.push({ field: 'name', message: `must be 1 to ${CATALOGUE_NAME_MAX_LENGTH} characters` });
  }
  if (entry.level !== undefined && !(Number.isInteger(entry.level) && entry.level >= CATALOGUE_MIN_LEVEL && entry.level <= CATALOGUE_MAX_LEVEL)) {
    problems.push({ field: 'level', message: `must be a whole number from ${CATALOGUE_MIN_LEVEL} to ${CATALOGUE_MAX_LEVEL}` });
  }
  if (entry.restrictsLiberty === true && entry.kind !== 'sanction') problems.push({ field: 'restrictsLiberty', message: 'only a sanction restricts liberty' });
  if (entry.restrictsLiberty === false && entry.effect === 'jail' && entry.kind === 'sanction') problems.push({ field: 'restrictsLiberty', message: 'jail always restricts liberty' });
  if (!effectAllowedFor(entry.kind, entry.effect)) {
    problems.push({ field: 'effect', message: `${entry.effect} is allowed only on a sanction, not on a ${entry.kind.replace('_', ' ')}` });
  }
  if (entry.kind === 'sanction') {
    const medication = 'cannot name medication: prescribed medication, medication for addiction treatment included, is never a sanction (only its prescriber changes it)';
    if (entry.name !== undefined && namesMedication(entry.name)) problems.push({ field: 'name', message: medication });
    for (const [language, words] of Object.entries(entry.translations ?? {})) {
      if (words?.name !== undefined && namesMedication(words.name)) problems.push({ field: `translations.${language}.name`, message: medication });
    }
  }
  return problems;
}

const sanction = (code: string, name: string, level: number, effect: ResponseEffect = 'none'): CatalogueEntryValues => ({ kind: 'sanction', code, name, level, effect });
const incentive = (code: string, name: string, level: number): CatalogueEntryValues => ({ kind: 'incentive', code, name, level, effect: 'none' });
const adjustment = (code: string, name: string, level: number): CatalogueEntryValues => ({ kind: 'treatment_adjustment', code, name, level, effect: 'none' });

/** Shared by the models that use them, so one wording is kept. */
const VERBAL_WARNING = sanction('VERBAL_WARNING', 'Verbal warning from the bench', 1);
const WRITING_ASSIGNMENT = sanction('WRITING_ASSIGNMENT', 'Writing assignment', 2);
const INCREASED_TESTING = sanction('INCREASED_TESTING', 'Increased testing', 3, 'increased_testing');
const COMMUNITY_SERVICE = sanction('COMMUNITY_SERVICE', 'Community service hours', 3, 'community_service');
const CURFEW = sanction('CURFEW', 'Curfew', 4);
const ELECTRONIC_MONITORING = sanction('ELECTRONIC_MONITORING', 'Electronic monitoring', 5);

const PRAISE = incentive('PRAISE', 'Praise from the bench', 1);
const REDUCED_REPORTING = incentive('REDUCED_REPORTING', 'Reduced reporting', 2);
const GIFT_CARD = incentive('GIFT_CARD', 'Gift card', 2);
const CERTIFICATE = incentive('CERTIFICATE', 'Certificate of achievement', 3);
const FEWER_HEARINGS = incentive('FEWER_HEARINGS', 'Fewer status hearings', 3);
const PHASE_PROMOTION = incentive('PHASE_PROMOTION', 'Phase promotion', 4);

const MORE_SESSIONS = adjustment('MORE_SESSIONS', 'More treatment sessions', 1);
const HIGHER_LEVEL_OF_CARE = adjustment('HIGHER_LEVEL_OF_CARE', 'Higher level of care', 2);

/**
 * Treatment court: the full graduated range, from a warning to a short jail
 * stay as the last resort, with a broad set of incentives.
 */
const TREATMENT_COURT: readonly CatalogueEntryValues[] = [
  VERBAL_WARNING,
  WRITING_ASSIGNMENT,
  INCREASED_TESTING,
  COMMUNITY_SERVICE,
  CURFEW,
  ELECTRONIC_MONITORING,
  sanction('JAIL', 'Jail (days)', 6, 'jail'),
  PRAISE,
  REDUCED_REPORTING,
  GIFT_CARD,
  CERTIFICATE,
  FEWER_HEARINGS,
  PHASE_PROMOTION,
  MORE_SESSIONS,
  HIGHER_LEVEL_OF_CARE,
];

/**
 * HOPE probation: swift and certain, modest responses. Mostly warnings and a
 * short jail stay on every violation; few incentives; treatment on request
 * or after repeated failures.
 */
const HOPE_PROBATION: readonly CatalogueEntryValues[] = [
  VERBAL_WARNING,
  sanction('WRITTEN_WARNING', 'Written warning', 2),
  sanction('INCREASED_TESTING', 'Increased testing', 2, 'increased_testing'),
  sanction('JAIL', 'Short jail stay (days)', 3, 'jail'),
  PRAISE,
  REDUCED_REPORTING,
  CERTIFICATE,
  adjustment('TREATMENT_ASSESSMENT', 'Referral for a treatment assessment', 1),
  HIGHER_LEVEL_OF_CARE,
];

/**
 * Deferred judgment: no jail by default (the case is on hold, not
 * sentenced); the graduated range stops at electronic monitoring.
 */
const DEFERRED_JUDGMENT: readonly CatalogueEntryValues[] = [
  VERBAL_WARNING,
  WRITING_ASSIGNMENT,
  INCREASED_TESTING,
  COMMUNITY_SERVICE,
  CURFEW,
  ELECTRONIC_MONITORING,
  PRAISE,
  REDUCED_REPORTING,
  CERTIFICATE,
  PHASE_PROMOTION,
  MORE_SESSIONS,
  HIGHER_LEVEL_OF_CARE,
];

/**
 * The default names in Spanish and Portuguese, by code: what the judge
 * orders is read aloud and printed in the participant's language too.
 * Where two models word one code differently, the model's own name is keyed `CODE:name`.
 */
const WORDING: Readonly<Record<string, { es: string; pt: string }>> = {
  VERBAL_WARNING: { es: 'Advertencia verbal del juez', pt: 'Advertência verbal do juiz' },
  WRITING_ASSIGNMENT: { es: 'Tarea escrita', pt: 'Trabalho escrito' },
  INCREASED_TESTING: { es: 'Más pruebas', pt: 'Mais testes' },
  COMMUNITY_SERVICE: { es: 'Horas de servicio comunitario', pt: 'Horas de serviço comunitário' },
  CURFEW: { es: 'Toque de queda', pt: 'Toque de recolher' },
  ELECTRONIC_MONITORING: { es: 'Monitoreo electrónico', pt: 'Monitoramento eletrônico' },
  'JAIL:Jail (days)': { es: 'Cárcel (días)', pt: 'Prisão (dias)' },
  'JAIL:Short jail stay (days)': { es: 'Estancia breve en la cárcel (días)', pt: 'Curta permanência na prisão (dias)' },
  WRITTEN_WARNING: { es: 'Advertencia por escrito', pt: 'Advertência por escrito' },
  PRAISE: { es: 'Elogio del juez', pt: 'Elogio do juiz' },
  REDUCED_REPORTING: { es: 'Menos presentaciones', pt: 'Menos apresentações' },
  GIFT_CARD: { es: 'Tarjeta de regalo', pt: 'Cartão-presente' },
  CERTIFICATE: { es: 'Certificado de logro', pt: 'Certificado de conquista' },
  FEWER_HEARINGS: { es: 'Menos audiencias de seguimiento', pt: 'Menos audiências de acompanhamento' },
  PHASE_PROMOTION: { es: 'Ascenso de fase', pt: 'Promoção de fase' },
  MORE_SESSIONS: { es: 'Más sesiones de tratamiento', pt: 'Mais sessões de tratamento' },
  HIGHER_LEVEL_OF_CARE: { es: 'Nivel de atención más alto', pt: 'Nível de cuidado mais alto' },
  TREATMENT_ASSESSMENT: { es: 'Derivación a una evaluación de tratamiento', pt: 'Encaminhamento para uma avaliação de tratamento' },
};

function worded(entry: CatalogueEntryValues): CatalogueEntryValues {
  const wording = WORDING[`${entry.code}:${entry.name}`] ?? WORDING[entry.code];
  return wording ? { ...entry, translations: { es: { name: wording.es }, pt: { name: wording.pt } } } : entry;
}

/** The catalogue each program model starts from. */
export const DEFAULT_CATALOGUES: Readonly<Record<ProgramModel, readonly CatalogueEntryValues[]>> = {
  treatment_court: TREATMENT_COURT.map(worded),
  hope_probation: HOPE_PROBATION.map(worded),
  deferred_judgment: DEFERRED_JUDGMENT.map(worded),
};
