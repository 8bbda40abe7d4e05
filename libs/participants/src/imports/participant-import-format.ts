import { isValidCalendarDate, type CalendarDate } from '@app/core';
import { DISCHARGE_STATUSES, IN_PROGRAM_STATUSES, type ParticipantStatus } from '../participant-status';
import {
  ETHNICITIES,
  GENDERS,
  mapEthnicity,
  mapGender,
  mapPrimaryLanguage,
  mapRace,
  mapSex,
  PRIMARY_LANGUAGES,
  RACES,
  SEXES,
  type Ethnicity,
  type Gender,
  type Mapped,
  type PrimaryLanguage,
  type Race,
  type Sex,
} from '../demographics/demographics';

/**
 * The participants file a court brings from its old spreadsheet: one
 * participant a line, under a header row naming these columns (in any order;
 * the README documents each). Pure: what a line means and what is wrong with
 * it, with no database, so every rule is tested in microseconds.
 */
export const PARTICIPANT_COLUMNS = [
  'participant_number',
  'first_name',
  'last_name',
  'date_of_birth',
  'program',
  'phase',
  'enrolled_on',
  'phase_started_on',
  'case_manager',
  'status',
  'discharged_on',
  // Demographics: codes, or words the demographic mapping knows (e.g. "Hispanic", "Black, White", "Mujer", "Spanish").
  'ethnicity',
  'races',
  'sex',
  'gender',
  'primary_language',
] as const;
export type ParticipantColumn = (typeof PARTICIPANT_COLUMNS)[number];

const REQUIRED: readonly ParticipantColumn[] = ['participant_number', 'first_name', 'last_name', 'program', 'enrolled_on'];
export const IMPORTABLE_STATUSES: readonly ParticipantStatus[] = [...IN_PROGRAM_STATUSES, ...DISCHARGE_STATUSES];
/** Letters, digits, dash, dot, slash: what courts print on their cards and participants type on a keypad. */
const NUMBER = /^[A-Za-z0-9][A-Za-z0-9./-]{0,31}$/;

/** What is wrong, as a code the reader's language words (`imports/i18n`), with the values it names. */
export type ImportProblemCode =
  | 'empty-file'
  | 'unknown-column'
  | 'missing-column'
  | 'duplicate-column'
  | 'wrong-field-count'
  | 'required'
  | 'too-long'
  | 'invalid-number'
  | 'invalid-date'
  | 'future-date'
  | 'date-before'
  | 'unknown-program'
  | 'unknown-phase'
  | 'phase-required'
  | 'unknown-case-manager'
  | 'invalid-status'
  | 'discharge-date-required'
  | 'discharge-date-not-allowed'
  | 'duplicate-in-file'
  | 'number-unavailable'
  | 'unknown-demographic'
  | 'unreadable'
  // The history files'.
  | 'unknown-participant'
  | 'invalid-source-id'
  | 'duplicate-source-in-file'
  | 'invalid-choice'
  | 'invalid-time'
  | 'invalid-flag'
  | 'unknown-substance'
  | 'substances-required'
  | 'substances-not-allowed'
  | 'violation-open'
  | 'unknown-response'
  | 'response-kind-mismatch'
  | 'invalid-amount'
  | 'unknown-violation-source';

export interface ImportProblem {
  /** The file's line (the header is line 1). */
  line: number;
  /** The column it is about, when one. */
  column: string | null;
  code: ImportProblemCode;
  params?: Record<string, string | number>;
}

/** The court as the file is checked against it. */
export interface ParticipantImportContext {
  today: CalendarDate;
  /** Program code → the program with its current plan's phases by position. */
  programs: ReadonlyMap<string, { id: string; phasePlanId: string | null; phases: ReadonlyMap<number, string> }>;
  /** Username (lower case) → user id of an active case manager or coordinator of the court. */
  caseManagers: ReadonlyMap<string, string>;
  /** Participant numbers already in the court (upper case). */
  existingNumbers: ReadonlySet<string>;
}

export interface ParticipantImportRow {
  line: number;
  participantNumber: string;
  firstName: string;
  lastName: string;
  dateOfBirth: CalendarDate | null;
  programId: string;
  phasePlanId: string | null;
  phaseId: string | null;
  enrolledOn: CalendarDate;
  phaseStartedOn: CalendarDate | null;
  caseManagerId: string | null;
  status: ParticipantStatus;
  dischargedOn: CalendarDate | null;
  ethnicity: Ethnicity | null;
  races: Race[];
  raceDeclined: boolean;
  sex: Sex | null;
  gender: Gender | null;
  primaryLanguage: PrimaryLanguage | null;
}

export interface ParticipantImportCheck {
  /** Lines that would be created. */
  rows: ParticipantImportRow[];
  /** Lines whose participant is already in the court: left as they are, so the same file twice imports nothing twice. */
  alreadyPresent: number[];
  problems: ImportProblem[];
  /** Data lines read (the header not counted). */
  lines: number;
}

/**
 * Moves the lines whose participant number a record the import cannot see
 * holds (a sealed record) from the rows to the problems. The sentence says
 * only that the number cannot be used: a sealed record is neither matched
 * nor revealed.
 */
export function withUnavailableNumbers(check: ParticipantImportCheck, unavailable: ReadonlySet<string>): ParticipantImportCheck {
  if (unavailable.size === 0) return check;
  const taken = check.rows.filter((row) => unavailable.has(row.participantNumber));
  return {
    ...check,
    rows: check.rows.filter((row) => !unavailable.has(row.participantNumber)),
    problems: [
      ...check.problems,
      ...taken.map<ImportProblem>((row) => ({ line: row.line, column: 'participant_number', code: 'number-unavailable', params: { value: row.participantNumber } })),
    ],
  };
}

/** Checks the header: every column known, none twice, the required ones present. */
export function checkHeader(header: readonly string[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  for (const raw of header) {
    const name = raw.trim().toLowerCase();
    if (!(PARTICIPANT_COLUMNS as readonly string[]).includes(name)) problems.push({ line: 1, column: raw, code: 'unknown-column', params: { expected: PARTICIPANT_COLUMNS.join(', ') } });
    else if (seen.has(name)) problems.push({ line: 1, column: name, code: 'duplicate-column' });
    seen.add(name);
  }
  for (const required of REQUIRED) if (!seen.has(required)) problems.push({ line: 1, column: required, code: 'missing-column' });
  return problems;
}

/**
 * Checks every line of the file against the court. A line is either a new
 * participant, one already in the court (matched by participant number), or
 * one or more problems; a file with any problem imports nothing.
 */
export function checkParticipantLines(
  header: readonly string[],
  records: ReadonlyArray<{ line: number; fields: readonly string[] }>,
  court: ParticipantImportContext,
): ParticipantImportCheck {
  const problems = checkHeader(header);
  if (problems.length > 0) return { rows: [], alreadyPresent: [], problems, lines: records.length };
  const index = new Map(header.map((name, i) => [name.trim().toLowerCase(), i]));
  const rows: ParticipantImportRow[] = [];
  const alreadyPresent: number[] = [];
  const firstLineOf = new Map<string, number>();
  for (const { line, fields } of records) {
    if (fields.length !== header.length) {
      problems.push({ line, column: null, code: 'wrong-field-count', params: { expected: header.length, found: fields.length } });
      continue;
    }
    const get = (column: ParticipantColumn) => (index.has(column) ? fields[index.get(column)!].trim() : '');
    const mine: ImportProblem[] = [];
    const problem = (column: ParticipantColumn, code: ImportProblemCode, params?: ImportProblem['params']) => mine.push({ line, column, code, ...(params ? { params } : {}) });
    const text = (column: ParticipantColumn, max: number): string => {
      const value = get(column);
      if (value === '' && REQUIRED.includes(column)) problem(column, 'required');
      else if (value.length > max) problem(column, 'too-long', { max });
      return value;
    };
    const date = (column: ParticipantColumn): CalendarDate | null => {
      const value = get(column);
      if (value === '') {
        if (REQUIRED.includes(column)) problem(column, 'required');
        return null;
      }
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isValidCalendarDate(value)) {
        problem(column, 'invalid-date', { value });
        return null;
      }
      if (value > court.today) problem(column, 'future-date', { value });
      return value;
    };

    const participantNumber = text('participant_number', 32);
    if (participantNumber !== '' && participantNumber.length <= 32 && !NUMBER.test(participantNumber)) problem('participant_number', 'invalid-number', { value: participantNumber });
    const firstName = text('first_name', 100);
    const lastName = text('last_name', 100);
    const dateOfBirth = date('date_of_birth');
    const programCode = text('program', 40);
    const program = programCode === '' ? undefined : court.programs.get(programCode.toUpperCase());
    if (programCode !== '' && !program) problem('program', 'unknown-program', { value: programCode });
    const enrolledOn = date('enrolled_on');
    const statusText = get('status').toLowerCase() || 'active';
    const status = (IMPORTABLE_STATUSES as readonly string[]).includes(statusText) ? (statusText as ParticipantStatus) : null;
    if (!status) problem('status', 'invalid-status', { value: get('status'), expected: IMPORTABLE_STATUSES.join(', ') });
    const discharged = status !== null && DISCHARGE_STATUSES.includes(status);

    const phaseText = get('phase');
    let phaseId: string | null = null;
    if (phaseText === '') {
      if (status && !discharged) problem('phase', 'phase-required');
    } else if (program) {
      const position = /^\d{1,2}$/.test(phaseText) ? Number(phaseText) : NaN;
      phaseId = program.phases.get(position) ?? null;
      if (!phaseId) problem('phase', 'unknown-phase', { value: phaseText, program: programCode, phases: program.phases.size });
    }
    const phaseStartedOn = date('phase_started_on');
    if (phaseText !== '' && phaseStartedOn === null && get('phase_started_on') === '') problem('phase_started_on', 'required');
    if (enrolledOn && phaseStartedOn && phaseStartedOn < enrolledOn) problem('phase_started_on', 'date-before', { other: 'enrolled_on' });
    if (enrolledOn && dateOfBirth && enrolledOn <= dateOfBirth) problem('enrolled_on', 'date-before', { other: 'date_of_birth' });

    const dischargedOn = date('discharged_on');
    if (discharged && get('discharged_on') === '') problem('discharged_on', 'discharge-date-required');
    if (status && !discharged && dischargedOn) problem('discharged_on', 'discharge-date-not-allowed');
    if (dischargedOn && enrolledOn && dischargedOn < enrolledOn) problem('discharged_on', 'date-before', { other: 'enrolled_on' });
    if (dischargedOn && phaseStartedOn && dischargedOn < phaseStartedOn) problem('discharged_on', 'date-before', { other: 'phase_started_on' });

    // A word the mapping does not know is a problem of the line, never a guess.
    const answer = <T>(column: ParticipantColumn, mapped: Mapped<T>, expected: readonly string[]): T | null => {
      if (mapped === undefined) problem(column, 'unknown-demographic', { value: get(column), expected: expected.join(', ') });
      return mapped ?? null;
    };
    let ethnicity = answer('ethnicity', mapEthnicity(get('ethnicity')), ETHNICITIES);
    const race = answer('races', mapRace(get('races')), RACES);
    if (race?.hispanicLatino && ethnicity === null && get('ethnicity') === '') ethnicity = 'hispanic_latino';
    const sex = answer('sex', mapSex(get('sex')), SEXES);
    const gender = answer('gender', mapGender(get('gender')), GENDERS);
    const primaryLanguage = answer('primary_language', mapPrimaryLanguage(get('primary_language')), PRIMARY_LANGUAGES);

    const caseManagerName = get('case_manager');
    const caseManagerId = caseManagerName === '' ? null : (court.caseManagers.get(caseManagerName.toLowerCase()) ?? null);
    if (caseManagerName !== '' && !caseManagerId) problem('case_manager', 'unknown-case-manager', { value: caseManagerName });

    const key = participantNumber.toUpperCase();
    const earlier = firstLineOf.get(key);
    if (participantNumber !== '' && earlier !== undefined) problem('participant_number', 'duplicate-in-file', { value: participantNumber, line: earlier });
    else if (participantNumber !== '') firstLineOf.set(key, line);

    if (mine.length > 0) {
      problems.push(...mine);
      continue;
    }
    if (court.existingNumbers.has(key)) {
      alreadyPresent.push(line);
      continue;
    }
    rows.push({
      line,
      participantNumber,
      firstName,
      lastName,
      dateOfBirth,
      programId: program!.id,
      phasePlanId: phaseId ? program!.phasePlanId : null,
      phaseId,
      enrolledOn: enrolledOn!,
      phaseStartedOn: phaseId ? phaseStartedOn : null,
      caseManagerId,
      status: status!,
      dischargedOn,
      ethnicity,
      races: race?.races ?? [],
      raceDeclined: race?.declined ?? false,
      sex,
      gender,
      primaryLanguage,
    });
  }
  return { rows, alreadyPresent, problems, lines: records.length };
}
