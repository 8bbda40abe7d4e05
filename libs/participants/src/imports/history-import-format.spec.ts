import { SPECIMEN_TYPES, SUBSTANCE_PANELS } from '@app/drug-testing';
import { DETECTED_VIOLATION_KINDS } from '@app/violations';
import { STAFF_VIOLATION_KINDS } from '@app/violations/dto/violation.dto';
import {
  checkHistoryLines,
  IMPORTED_SPECIMENS,
  IMPORTED_SUBSTANCES,
  IMPORTED_VIOLATION_KINDS,
  sourceKey,
  type CriminalHistoryRow,
  type DrugTestRow,
  type HearingRow,
  type HistoryImportContext,
  type HistoryKind,
  type ResponseRow,
  type ViolationRow,
} from './history-import-format';
import { IMPORT_MESSAGES } from './import-messages';

const court: HistoryImportContext = {
  today: '2026-11-23',
  timeZone: 'America/Chicago',
  participants: new Map([
    ['D-0001', { id: 'p1', programId: 'prog' }],
    ['D-0002', { id: 'p2', programId: 'prog' }],
  ]),
  present: new Set([sourceKey('p2', 'OLD-1')]),
  catalogue: new Map([
    [
      'prog',
      new Map([
        ['JAIL', { id: 'e-jail', kind: 'sanction' as const, level: 5, effect: 'jail', restrictsLiberty: true }],
        ['PRAISE', { id: 'e-praise', kind: 'incentive' as const, level: 1, effect: 'none', restrictsLiberty: false }],
      ]),
    ],
  ]),
  violations: new Map([[sourceKey('p1', 'V-1'), 'violation-1']]),
};

/** Checks a file given as lines (the header first); problems as [line, column, code]. */
function check(kind: HistoryKind, lines: string[]) {
  const [header, ...rest] = lines.map((l) => l.split(','));
  const result = checkHistoryLines(kind, header, rest.map((fields, i) => ({ line: i + 2, fields })), court);
  return { ...result, found: result.problems.map((p) => [p.line, p.column, p.code]) };
}

describe('history import files', () => {
  it('keeps its value lists equal to the drug-testing and violations libraries’ own', () => {
    expect(IMPORTED_SUBSTANCES).toEqual(SUBSTANCE_PANELS);
    expect(IMPORTED_SPECIMENS).toEqual(SPECIMEN_TYPES);
    expect([...IMPORTED_VIOLATION_KINDS].sort()).toEqual([...new Set([...DETECTED_VIOLATION_KINDS, ...STAFF_VIOLATION_KINDS])].sort());
  });

  it('words every problem code in every language', () => {
    for (const messages of Object.values(IMPORT_MESSAGES)) expect(Object.keys(messages).sort()).toEqual(Object.keys(IMPORT_MESSAGES.en).sort());
  });

  it('reads drug tests: one result a positive substance, a whole-specimen outcome, the time in the court’s zone', () => {
    const { rows, alreadyPresent, found } = check('drug-tests', [
      'participant_number,source_id,collected_on,collected_time,specimen,result,substances,confirmed,lab',
      'd-0001,T-1,2026-10-01,08:30,urine,positive,thc;cocaine,yes,Quest',
      'D-0001,T-2,2026-10-02,,,dilute,,,',
      'D-0002,OLD-1,2026-10-02,,,negative,,,',
    ]);
    expect(found).toEqual([]);
    expect(alreadyPresent).toEqual([4]);
    const [positive, dilute] = rows as DrugTestRow[];
    expect(positive).toMatchObject({ participantId: 'p1', sourceId: 'T-1', courtDay: '2026-10-01', specimen: 'urine', confirmed: true, lab: 'Quest' });
    expect(positive.collectedAt.toISOString()).toBe('2026-10-01T13:30:00.000Z');
    expect(positive.results).toEqual([
      { outcome: 'positive', substance: 'thc' },
      { outcome: 'positive', substance: 'cocaine' },
    ]);
    expect(dilute.results).toEqual([{ outcome: 'dilute', substance: null }]);
    expect(dilute.collectedAt.toISOString()).toBe('2026-10-02T17:00:00.000Z');
  });

  it('reports each bad drug-test line by line and column', () => {
    const { rows, found } = check('drug-tests', [
      'participant_number,source_id,collected_on,collected_time,specimen,result,substances,confirmed,lab',
      'D-0009,T-1,2026-10-01,,,negative,,,',
      'D-0001,T 1,2026-13-01,25:00,blood,positive,,maybe,',
      'D-0001,T-3,2026-12-01,,,positive,heroin,,',
      'D-0001,T-4,2026-10-01,,,dilute,thc,,',
      'D-0001,T-5,2026-10-01,,,negative,,,',
      'D-0001,T-5,2026-10-01,,,negative,,,',
      'D-0001,T-6,2026-10-01',
    ]);
    expect(rows).toHaveLength(1);
    expect(found).toEqual([
      [2, 'participant_number', 'unknown-participant'],
      [3, 'source_id', 'invalid-source-id'],
      [3, 'collected_on', 'invalid-date'],
      [3, 'collected_time', 'invalid-time'],
      [3, 'specimen', 'invalid-choice'],
      [3, 'substances', 'substances-required'],
      [3, 'confirmed', 'invalid-flag'],
      [4, 'collected_on', 'future-date'],
      [4, 'substances', 'unknown-substance'],
      [5, 'substances', 'substances-not-allowed'],
      [7, 'source_id', 'duplicate-source-in-file'],
      [8, null, 'wrong-field-count'],
    ]);
  });

  it('imports violations closed, and refuses one still open so no clock starts on history', () => {
    const { rows, found } = check('violations', [
      'participant_number,source_id,detected_on,detected_time,kind,description,status,closed_on',
      'D-0001,V-2,2026-10-01,07:00,missed_test,,answered,2026-10-03',
      'D-0001,V-3,2026-10-01,,curfew,out at 23:00,dismissed,',
      'D-0001,V-4,2026-10-01,,positive_test,,open,',
      'D-0001,V-5,2026-10-05,,speeding,,closed,2026-10-01',
      'D-0001,V-6,2026-10-05,,other,,,',
    ]);
    expect(found).toEqual([
      [4, 'status', 'violation-open'],
      [5, 'kind', 'invalid-choice'],
      [5, 'status', 'invalid-choice'],
      [5, 'closed_on', 'date-before'],
      [6, 'status', 'required'],
    ]);
    const [answered, dismissed] = rows as ViolationRow[];
    expect(answered).toMatchObject({ kind: 'missed_test', status: 'answered', description: null });
    expect(answered.closedAt.toISOString()).toBe('2026-10-03T17:00:00.000Z');
    // Dismissed on no given day: closed at its detection.
    expect(dismissed).toMatchObject({ kind: 'curfew', status: 'dismissed', description: 'out at 23:00' });
    expect(dismissed.closedAt).toEqual(dismissed.detectedAt);
  });

  it('reads responses against the participant’s program catalogue, linked to an imported violation', () => {
    const { rows, found } = check('responses', [
      'participant_number,source_id,ordered_on,response,kind,amount,violation_source_id,note',
      'D-0001,R-1,2026-10-04,jail,sanction,2,V-1,two days',
      'D-0001,R-2,2026-10-04,PRAISE,,,,',
      'D-0001,R-3,2026-10-04,CURFEW,,,,',
      'D-0001,R-4,2026-10-04,PRAISE,sanction,-1,V-9,',
    ]);
    expect(found).toEqual([
      [4, 'response', 'unknown-response'],
      [5, 'kind', 'response-kind-mismatch'],
      [5, 'amount', 'invalid-amount'],
      [5, 'violation_source_id', 'unknown-violation-source'],
    ]);
    expect(rows as ResponseRow[]).toMatchObject([
      { sourceId: 'R-1', entry: { id: 'e-jail' }, amount: 2, violationId: 'violation-1', note: 'two days' },
      { sourceId: 'R-2', entry: { id: 'e-praise' }, amount: null, violationId: null, note: null },
    ]);
  });

  it('reads hearings held with attendance and outcome', () => {
    const { rows, found } = check('hearings', [
      'participant_number,source_id,held_on,held_time,kind,attendance,outcome',
      'D-0001,H-1,2026-10-06,09:15,status,appeared,doing well',
      'D-0001,H-2,2026-10-06,,arraignment,absent,',
    ]);
    expect(found).toEqual([
      [3, 'kind', 'invalid-choice'],
      [3, 'attendance', 'invalid-choice'],
    ]);
    const [hearing] = rows as HearingRow[];
    expect(hearing).toMatchObject({ kind: 'status', attendance: 'appeared', outcome: 'doing well' });
    expect(hearing.heldAt.toISOString()).toBe('2026-10-06T14:15:00.000Z');
  });

  it('reads arrests and convictions for the criminal-history service', () => {
    const { rows, found } = check('criminal-history', [
      'participant_number,source_id,occurred_on,kind,description,offense_level',
      'D-0001,CH-1,2025-03-01,arrest,possession,misdemeanor',
      'D-0001,CH-2,2025-03-01,conviction,possession,',
      'D-0001,CH-3,2025-03-01,citation,,capital',
    ]);
    expect(found).toEqual([
      [4, 'kind', 'invalid-choice'],
      [4, 'description', 'required'],
      [4, 'offense_level', 'invalid-choice'],
    ]);
    expect(rows as CriminalHistoryRow[]).toMatchObject([
      { sourceId: 'CH-1', kind: 'arrest', occurredOn: '2025-03-01', description: 'possession', offenseLevel: 'misdemeanor' },
      { sourceId: 'CH-2', kind: 'conviction', offenseLevel: null },
    ]);
  });

  it('checks the header: unknown, twice, missing', () => {
    expect(check('hearings', ['participant_number,source_id,held_on,kind,kind,judge']).found).toEqual([
      [1, 'kind', 'duplicate-column'],
      [1, 'judge', 'unknown-column'],
      [1, 'attendance', 'missing-column'],
    ]);
  });
});
