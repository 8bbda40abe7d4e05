import { courtInstant, isValidCalendarDate, isValidWallTime, type CalendarDate } from '@app/core';
import { HEARING_ATTENDANCE, HEARING_KINDS, type HearingAttendance, type HearingKind } from '@app/hearings';
import { CRIMINAL_HISTORY_KINDS, OFFENSE_LEVELS, type CriminalHistoryKind, type OffenseLevel } from '../criminal-history/criminal-history-event.entity';
import type { ImportProblem, ImportProblemCode } from './participant-import-format';

/**
 * A court's history files: drug tests, violations, responses and hearings,
 * one record a line, each naming its participant by participant number and
 * its own id in the earlier system (`source_id`). Pure: what a line means
 * and what is wrong with it, with no database; the README documents every
 * column.
 *
 * The value lists of tests and violations are the drug-testing and
 * violations libraries' own (a unit test keeps them equal): those libraries
 * build on this one, so it cannot import them.
 */
export const HISTORY_KINDS = ['drug-tests', 'violations', 'responses', 'hearings', 'criminal-history'] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

export const HISTORY_COLUMNS: Readonly<Record<HistoryKind, readonly string[]>> = {
  'drug-tests': ['participant_number', 'source_id', 'collected_on', 'collected_time', 'specimen', 'result', 'substances', 'confirmed', 'lab'],
  violations: ['participant_number', 'source_id', 'detected_on', 'detected_time', 'kind', 'description', 'status', 'closed_on'],
  responses: ['participant_number', 'source_id', 'ordered_on', 'response', 'kind', 'amount', 'violation_source_id', 'note'],
  hearings: ['participant_number', 'source_id', 'held_on', 'held_time', 'kind', 'attendance', 'outcome'],
  'criminal-history': ['participant_number', 'source_id', 'occurred_on', 'kind', 'description', 'offense_level'],
};
const REQUIRED: Readonly<Record<HistoryKind, readonly string[]>> = {
  'drug-tests': ['participant_number', 'source_id', 'collected_on', 'result'],
  violations: ['participant_number', 'source_id', 'detected_on', 'kind', 'status'],
  responses: ['participant_number', 'source_id', 'ordered_on', 'response'],
  hearings: ['participant_number', 'source_id', 'held_on', 'kind', 'attendance'],
  'criminal-history': ['participant_number', 'source_id', 'occurred_on', 'kind', 'description'],
};

export const IMPORTED_SPECIMENS = ['urine', 'oral_fluid', 'breath', 'sweat_patch'] as const;
/** A test's outcome as a whole; `positive` names its substances. `prescribed` is never imported: the system decides it from prescriptions. */
export const IMPORTED_TEST_RESULTS = ['negative', 'positive', 'dilute', 'adulterated', 'substituted', 'invalid', 'refused'] as const;
export const IMPORTED_SUBSTANCES = [
  'alcohol',
  'amphetamines',
  'barbiturates',
  'benzodiazepines',
  'buprenorphine',
  'cocaine',
  'fentanyl',
  'kratom',
  'methadone',
  'methamphetamine',
  'opiates',
  'oxycodone',
  'pcp',
  'synthetic_cannabinoids',
  'thc',
  'other',
] as const;
export const IMPORTED_VIOLATION_KINDS = [
  'missed_call_in',
  'missed_test',
  'positive_test',
  'dilute_test',
  'adulterated_test',
  'substituted_test',
  'invalid_test',
  'refused_test',
  'missed_treatment',
  'new_arrest',
  'curfew',
  'failure_to_appear',
  'other',
] as const;
/**
 * An imported violation is closed: answered or dismissed in the earlier
 * system. One still open there is refused with a line problem: the 72-hour
 * rule runs only on violations detected here, so staff record it on the
 * participant's page and its clock starts then.
 */
export const IMPORTED_VIOLATION_STATUSES = ['answered', 'dismissed'] as const;
/** The file's word for a response's kind; `service` is the catalogue's treatment adjustment. */
const RESPONSE_KIND_WORDS: Readonly<Record<string, ResponseKindValue>> = {
  incentive: 'incentive',
  sanction: 'sanction',
  service: 'treatment_adjustment',
  treatment_adjustment: 'treatment_adjustment',
};
type ResponseKindValue = 'incentive' | 'sanction' | 'treatment_adjustment';

/** The earlier system's id of a record: what a spreadsheet or database prints. */
const SOURCE_ID = /^[A-Za-z0-9][A-Za-z0-9._:/#-]{0,63}$/;
/** A time of day written without one is taken as noon in the court's time: the date is what the earlier record knew. */
export const DEFAULT_TIME = '12:00';
const TRUE_WORDS = ['yes', 'y', 'true', '1'];
const FALSE_WORDS = ['no', 'n', 'false', '0'];

export interface CatalogueEntryRef {
  id: string;
  kind: ResponseKindValue;
  level: number;
  effect: string;
  restrictsLiberty: boolean;
}

/** The court as a history file is checked against it. */
export interface HistoryImportContext {
  today: CalendarDate;
  timeZone: string;
  /** Participant number (upper case) → the participant, for those the importer may see. */
  participants: ReadonlyMap<string, { id: string; programId: string | null }>;
  /** `participantId source_id` of the records of this kind already imported. */
  present: ReadonlySet<string>;
  /** Program id → catalogue code (upper case) → entry (responses only). */
  catalogue: ReadonlyMap<string, ReadonlyMap<string, CatalogueEntryRef>>;
  /** `participantId source_id` → id of the violation imported under it (responses only). */
  violations: ReadonlyMap<string, string>;
}

export const sourceKey = (participantId: string, sourceId: string) => `${participantId} ${sourceId}`;

interface RowBase {
  line: number;
  participantId: string;
  sourceId: string;
}
export interface DrugTestRow extends RowBase {
  collectedAt: Date;
  courtDay: CalendarDate;
  specimen: string;
  /** One result a substance for a positive; one without substance (or one a named panel) otherwise. */
  results: Array<{ outcome: string; substance: string | null }>;
  confirmed: boolean;
  lab: string | null;
}
export interface ViolationRow extends RowBase {
  kind: string;
  detectedAt: Date;
  description: string | null;
  status: 'answered' | 'dismissed';
  closedAt: Date;
}
export interface ResponseRow extends RowBase {
  orderedOn: CalendarDate;
  entry: CatalogueEntryRef;
  amount: number | null;
  violationId: string | null;
  note: string | null;
}
export interface HearingRow extends RowBase {
  kind: HearingKind;
  heldAt: Date;
  attendance: HearingAttendance;
  outcome: string | null;
}
/** An arrest or conviction, written through the criminal-history service's import. */
export interface CriminalHistoryRow extends RowBase {
  kind: CriminalHistoryKind;
  occurredOn: CalendarDate;
  description: string;
  offenseLevel: OffenseLevel | null;
}
export type HistoryRow = DrugTestRow | ViolationRow | ResponseRow | HearingRow | CriminalHistoryRow;

export interface HistoryImportCheck<R extends HistoryRow = HistoryRow> {
  rows: R[];
  /** Lines whose record (participant and source id) is already imported: left as they are. */
  alreadyPresent: number[];
  problems: ImportProblem[];
  lines: number;
}

/** Checks the header of a history file: every column known, none twice, the required ones present. */
export function checkHistoryHeader(kind: HistoryKind, header: readonly string[]): ImportProblem[] {
  const columns = HISTORY_COLUMNS[kind];
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  for (const raw of header) {
    const name = raw.trim().toLowerCase();
    if (!columns.includes(name)) problems.push({ line: 1, column: raw, code: 'unknown-column', params: { expected: columns.join(', ') } });
    else if (seen.has(name)) problems.push({ line: 1, column: name, code: 'duplicate-column' });
    seen.add(name);
  }
  for (const required of REQUIRED[kind]) if (!seen.has(required)) problems.push({ line: 1, column: required, code: 'missing-column' });
  return problems;
}

/**
 * Calendar dates and court instants already worked out in this file: a
 * caseload's history repeats the same days thousands of times, and the
 * time-zone arithmetic is most of a line's cost.
 */
class DateMemo {
  private readonly validDates = new Map<string, boolean>();
  private readonly instants = new Map<string, Date>();

  constructor(private readonly timeZone: string) {}

  isValidDate(value: string): boolean {
    let valid = this.validDates.get(value);
    if (valid === undefined) this.validDates.set(value, (valid = /^\d{4}-\d{2}-\d{2}$/.test(value) && isValidCalendarDate(value)));
    return valid;
  }

  instant(date: CalendarDate, time: string): Date {
    const key = `${date} ${time}`;
    let instant = this.instants.get(key);
    if (instant === undefined) this.instants.set(key, (instant = courtInstant(date, time, this.timeZone)));
    return instant;
  }
}

/** The reading of one line: its values, and the problems found so far. */
class LineReader {
  readonly problems: ImportProblem[] = [];

  constructor(
    private readonly kind: HistoryKind,
    private readonly index: ReadonlyMap<string, number>,
    private readonly fields: readonly string[],
    readonly line: number,
    readonly court: HistoryImportContext,
    private readonly dates: DateMemo,
  ) {}

  problem(column: string, code: ImportProblemCode, params?: ImportProblem['params']): void {
    this.problems.push({ line: this.line, column, code, ...(params ? { params } : {}) });
  }

  get(column: string): string {
    const at = this.index.get(column);
    return at === undefined ? '' : this.fields[at].trim();
  }

  /** A text value; required columns must have one. */
  text(column: string, max: number): string {
    const value = this.get(column);
    if (value === '' && REQUIRED[this.kind].includes(column)) this.problem(column, 'required');
    else if (value.length > max) this.problem(column, 'too-long', { max });
    return value;
  }

  /** One of a list of words (case-insensitive), or the fallback when empty and not required. */
  choice<T extends string>(column: string, values: readonly T[], fallback: T | null = null): T | null {
    const value = this.get(column).toLowerCase();
    if (value === '') {
      if (REQUIRED[this.kind].includes(column)) this.problem(column, 'required');
      return fallback;
    }
    if ((values as readonly string[]).includes(value)) return value as T;
    this.problem(column, 'invalid-choice', { value: this.get(column), expected: values.join(', ') });
    return null;
  }

  /** A past or present date, `YYYY-MM-DD`. */
  date(column: string): CalendarDate | null {
    const value = this.get(column);
    if (value === '') {
      if (REQUIRED[this.kind].includes(column)) this.problem(column, 'required');
      return null;
    }
    if (!this.dates.isValidDate(value)) {
      this.problem(column, 'invalid-date', { value });
      return null;
    }
    if (value > this.court.today) {
      this.problem(column, 'future-date', { value });
      return null;
    }
    return value;
  }

  /** The instant of a date and an optional `HH:MM` in the court's time zone (noon when no time is given). */
  instant(dateColumn: string, timeColumn: string): Date | null {
    const date = this.date(dateColumn);
    const time = this.get(timeColumn);
    if (time !== '' && (!/^\d{2}:\d{2}$/.test(time) || !isValidWallTime(time))) {
      this.problem(timeColumn, 'invalid-time', { value: time });
      return null;
    }
    return date === null ? null : this.dates.instant(date, time === '' ? DEFAULT_TIME : time);
  }

  /** A date's instant at the default time (noon in the court's zone). */
  instantOf(date: CalendarDate): Date {
    return this.dates.instant(date, DEFAULT_TIME);
  }

  flag(column: string): boolean {
    const value = this.get(column).toLowerCase();
    if (value === '' || FALSE_WORDS.includes(value)) return false;
    if (TRUE_WORDS.includes(value)) return true;
    this.problem(column, 'invalid-flag', { value: this.get(column) });
    return false;
  }
}

/**
 * Checks every line of a history file against the court. A line is a new
 * record, one already imported (the same participant and source id: left as
 * it is, so the same file twice imports nothing twice), or one or more
 * problems; a file with any problem imports nothing.
 */
export function checkHistoryLines(
  kind: HistoryKind,
  header: readonly string[],
  records: ReadonlyArray<{ line: number; fields: readonly string[] }>,
  court: HistoryImportContext,
): HistoryImportCheck {
  const problems = checkHistoryHeader(kind, header);
  if (problems.length > 0) return { rows: [], alreadyPresent: [], problems, lines: records.length };
  const index = new Map(header.map((name, i) => [name.trim().toLowerCase(), i]));
  const rows: HistoryRow[] = [];
  const alreadyPresent: number[] = [];
  const firstLineOf = new Map<string, number>();
  const dates = new DateMemo(court.timeZone);
  for (const { line, fields } of records) {
    if (fields.length !== header.length) {
      problems.push({ line, column: null, code: 'wrong-field-count', params: { expected: header.length, found: fields.length } });
      continue;
    }
    const read = new LineReader(kind, index, fields, line, court, dates);
    const number = read.text('participant_number', 32);
    const participant = number === '' ? undefined : court.participants.get(number.toUpperCase());
    if (number !== '' && !participant) read.problem('participant_number', 'unknown-participant', { value: number });
    const sourceId = read.text('source_id', 64);
    if (sourceId !== '' && sourceId.length <= 64 && !SOURCE_ID.test(sourceId)) read.problem('source_id', 'invalid-source-id', { value: sourceId });
    const key = participant && sourceId !== '' ? sourceKey(participant.id, sourceId) : null;
    const earlier = key === null ? undefined : firstLineOf.get(key);
    if (key !== null && earlier !== undefined) read.problem('source_id', 'duplicate-source-in-file', { value: sourceId, line: earlier });
    else if (key !== null) firstLineOf.set(key, line);

    const base = { line, participantId: participant?.id ?? '', sourceId };
    const row = LINE_READERS[kind](read, base, participant?.programId ?? null, court);
    if (read.problems.length > 0 || row === null) {
      problems.push(...read.problems);
      continue;
    }
    if (court.present.has(key!)) alreadyPresent.push(line);
    else rows.push(row);
  }
  return { rows, alreadyPresent, problems, lines: records.length };
}

type LineRead = (read: LineReader, base: RowBase, programId: string | null, court: HistoryImportContext) => HistoryRow | null;

const LINE_READERS: Readonly<Record<HistoryKind, LineRead>> = {
  'drug-tests': (read, base) => {
    const collectedAt = read.instant('collected_on', 'collected_time');
    const specimen = read.choice('specimen', IMPORTED_SPECIMENS, 'urine');
    const result = read.choice('result', IMPORTED_TEST_RESULTS);
    const listed = read
      .get('substances')
      .split(/[;|]/)
      .map((s) => s.trim().toLowerCase())
      .filter((s) => s !== '');
    const unknown = listed.filter((s) => !(IMPORTED_SUBSTANCES as readonly string[]).includes(s));
    if (unknown.length > 0) read.problem('substances', 'unknown-substance', { value: unknown.join(', '), expected: IMPORTED_SUBSTANCES.join(', ') });
    const substances = [...new Set(listed)];
    if (result === 'positive' && listed.length === 0) read.problem('substances', 'substances-required');
    if (result !== null && result !== 'positive' && result !== 'negative' && listed.length > 0) read.problem('substances', 'substances-not-allowed', { result });
    const confirmed = read.flag('confirmed');
    const lab = read.text('lab', 200);
    if (!collectedAt || !specimen || !result) return null;
    return {
      ...base,
      collectedAt,
      courtDay: read.get('collected_on'),
      specimen,
      results: substances.length > 0 ? substances.map((substance) => ({ outcome: result, substance })) : [{ outcome: result, substance: null }],
      confirmed,
      lab: lab === '' ? null : lab,
    };
  },
  violations: (read, base) => {
    const detectedAt = read.instant('detected_on', 'detected_time');
    const kind = read.choice('kind', IMPORTED_VIOLATION_KINDS);
    const description = read.text('description', 1000);
    const status = read.get('status').toLowerCase() === 'open' ? null : read.choice('status', IMPORTED_VIOLATION_STATUSES);
    if (read.get('status').toLowerCase() === 'open') read.problem('status', 'violation-open');
    const closedOn = read.date('closed_on');
    if (closedOn && read.get('detected_on') && closedOn < read.get('detected_on')) read.problem('closed_on', 'date-before', { other: 'detected_on' });
    if (!detectedAt || !kind || !status) return null;
    // Closed on its day (noon, or the detection itself when later that day), or at detection when no date is given.
    const closedAt = closedOn ? read.instantOf(closedOn) : detectedAt;
    return { ...base, kind, detectedAt, description: description === '' ? null : description, status, closedAt: closedAt < detectedAt ? detectedAt : closedAt };
  },
  responses: (read, base, programId, court) => {
    const orderedOn = read.date('ordered_on');
    const code = read.text('response', 32);
    const entry = code === '' || programId === null ? undefined : court.catalogue.get(programId)?.get(code.toUpperCase());
    if (code !== '' && base.participantId !== '' && !entry) read.problem('response', 'unknown-response', { value: code });
    const kindWord = read.get('kind').toLowerCase();
    if (kindWord !== '' && !(kindWord in RESPONSE_KIND_WORDS)) read.problem('kind', 'invalid-choice', { value: read.get('kind'), expected: 'incentive, sanction, service' });
    else if (kindWord !== '' && entry && RESPONSE_KIND_WORDS[kindWord] !== entry.kind) read.problem('kind', 'response-kind-mismatch', { value: read.get('kind'), response: code });
    const amountText = read.get('amount');
    const amount = amountText === '' ? null : Number(amountText);
    if (amount !== null && (!/^\d{1,5}(\.\d{1,2})?$/.test(amountText) || amount <= 0)) read.problem('amount', 'invalid-amount', { value: amountText });
    const linked = read.get('violation_source_id');
    const violationId = linked === '' || base.participantId === '' ? null : (court.violations.get(sourceKey(base.participantId, linked)) ?? null);
    if (linked !== '' && base.participantId !== '' && !violationId) read.problem('violation_source_id', 'unknown-violation-source', { value: linked });
    const note = read.text('note', 1000);
    if (!orderedOn || !entry) return null;
    return { ...base, orderedOn, entry, amount, violationId, note: note === '' ? null : note };
  },
  hearings: (read, base) => {
    const heldAt = read.instant('held_on', 'held_time');
    const kind = read.choice('kind', HEARING_KINDS);
    const attendance = read.choice('attendance', HEARING_ATTENDANCE);
    const outcome = read.text('outcome', 4000);
    if (!heldAt || !kind || !attendance) return null;
    return { ...base, kind, heldAt, attendance, outcome: outcome === '' ? null : outcome };
  },
  'criminal-history': (read, base) => {
    const occurredOn = read.date('occurred_on');
    const kind = read.choice('kind', CRIMINAL_HISTORY_KINDS);
    const description = read.text('description', 500);
    const offenseLevel = read.choice('offense_level', OFFENSE_LEVELS);
    if (!occurredOn || !kind || description === '' || description.length > 500) return null;
    return { ...base, kind, occurredOn, description, offenseLevel };
  },
};
