import type { FieldProblem } from '@app/core';
import type { Participant } from '../entities/participant.entity';
import { mapRace, RACES, type Ethnicity, type Gender, type PrimaryLanguage, type Race, type Sex } from './demographics';
import type { DemographicIssueField } from './demographic-migration-issue.entity';

/** The demographic answers of a referral or a correction, as validated by the DTO (codes, and the legacy `race` word). */
export interface DemographicInput {
  gender?: Gender | null;
  sex?: Sex | null;
  ethnicity?: Ethnicity | null;
  races?: Race[];
  raceDeclined?: boolean;
  primaryLanguage?: PrimaryLanguage | null;
  /** Free text kept for the clients written before the codes; mapped by the one word mapping. */
  race?: string | null;
}

/** The request fields {@link demographicColumns} turns into columns (the others are copied as they are). */
export const DEMOGRAPHIC_INPUT_KEYS: ReadonlySet<string> = new Set(['gender', 'sex', 'ethnicity', 'races', 'raceDeclined', 'primaryLanguage', 'race']);

export type DemographicColumns = Partial<Pick<Participant, 'gender' | 'sex' | 'ethnicity' | 'races' | 'raceDeclined' | 'primaryLanguage'>>;

/**
 * The columns a referral or correction sets (only the answers it gives),
 * or the problems that make it invalid. A race given as a word is mapped to
 * the race question's answer; "Hispanic" written as a race answers the
 * ethnicity question when the request does not answer it itself.
 */
export function demographicColumns(input: DemographicInput): { columns: DemographicColumns; problems: FieldProblem[] } {
  const columns: DemographicColumns = {};
  const problems: FieldProblem[] = [];
  for (const key of ['gender', 'sex', 'ethnicity', 'primaryLanguage'] as const) {
    if (input[key] !== undefined) (columns as Record<string, unknown>)[key] = input[key];
  }
  if (input.race !== undefined && input.races !== undefined) {
    problems.push({ field: 'race', message: 'give the races as codes in races, or one word in race, not both' });
  } else if (input.race !== undefined) {
    const answer = mapRace(input.race);
    if (answer === undefined) {
      problems.push({ field: 'race', message: `is not a race this system knows; give races as codes: ${RACES.join(', ')}` });
    } else {
      columns.races = answer?.races ?? [];
      columns.raceDeclined = answer?.declined ?? false;
      if (answer?.hispanicLatino && input.ethnicity === undefined) columns.ethnicity = 'hispanic_latino';
    }
  } else if (input.races !== undefined) {
    // One order for the same answer, so equal answers compare equal.
    columns.races = [...new Set(input.races)].sort((a, b) => RACES.indexOf(a) - RACES.indexOf(b));
  }
  if (input.raceDeclined !== undefined && input.race === undefined) {
    if (input.raceDeclined && (columns.races?.length ?? 0) > 0) {
      problems.push({ field: 'raceDeclined', message: 'cannot be true when races are given' });
    }
    columns.raceDeclined = input.raceDeclined;
    if (input.raceDeclined) columns.races = [];
  } else if (columns.races && columns.races.length > 0) {
    columns.raceDeclined = false;
  }
  return { columns, problems };
}

/** Which old free-text fields a set of new answers corrects (their migration issues are then resolved). */
export function correctedIssueFields(columns: DemographicColumns): DemographicIssueField[] {
  const fields: DemographicIssueField[] = [];
  if (columns.gender !== undefined) fields.push('gender');
  if (columns.races !== undefined || columns.raceDeclined !== undefined) fields.push('race');
  if (columns.ethnicity !== undefined) fields.push('ethnicity');
  return fields;
}
