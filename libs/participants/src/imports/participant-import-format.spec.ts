import { LANGUAGES } from '@app/core';
import { importProblemMessage } from './import-messages';
import { checkHeader, checkParticipantLines, type ParticipantImportContext } from './participant-import-format';

const court: ParticipantImportContext = {
  today: '2026-11-23',
  programs: new Map([['ATC', { id: 'program-atc', phasePlanId: 'plan-atc', phases: new Map([[1, 'phase-1'], [2, 'phase-2']]) }]]),
  caseManagers: new Map([['casemanager', 'user-cm']]),
  existingNumbers: new Set(['D-0001']),
};
const HEADER = ['participant_number', 'first_name', 'last_name', 'program', 'phase', 'enrolled_on', 'phase_started_on', 'status', 'discharged_on', 'case_manager'];
const line = (n: number, fields: string[]) => ({ line: n, fields });

describe('the participants file', () => {
  it('refuses an unknown, doubled or missing column on the header line', () => {
    expect(checkHeader(['participant_number', 'First_Name', 'first_name', 'nickname']).map((p) => [p.column, p.code])).toEqual([
      ['first_name', 'duplicate-column'],
      ['nickname', 'unknown-column'],
      ['last_name', 'missing-column'],
      ['program', 'missing-column'],
      ['enrolled_on', 'missing-column'],
    ]);
  });

  it('reads a participant in the program and one who graduated, and leaves one already in the court as it is', () => {
    const check = checkParticipantLines(
      HEADER,
      [
        line(2, ['A-1', 'Ana', 'Ruiz', 'atc', '2', '2026-01-05', '2026-06-01', '', '', 'CaseManager']),
        line(3, ['A-2', 'Ben', 'Lee', 'ATC', '', '2025-01-05', '', 'graduated', '2026-02-01', '']),
        line(4, ['d-0001', 'Pat', 'Doe', 'ATC', '1', '2026-01-05', '2026-01-05', 'active', '', '']),
      ],
      court,
    );
    expect(check.problems).toEqual([]);
    expect(check.alreadyPresent).toEqual([4]);
    expect(check.rows).toEqual([
      expect.objectContaining({ line: 2, participantNumber: 'A-1', programId: 'program-atc', phasePlanId: 'plan-atc', phaseId: 'phase-2', status: 'active', caseManagerId: 'user-cm', dischargedOn: null }),
      expect.objectContaining({ line: 3, phaseId: null, phasePlanId: null, phaseStartedOn: null, status: 'graduated', dischargedOn: '2026-02-01' }),
    ]);
  });

  it('names each problem of a line by its column, and a number twice in the file by its first line', () => {
    const check = checkParticipantLines(
      HEADER,
      [
        line(2, ['A-1', 'Ana', 'Ruiz', 'ATC', '1', '2026-01-05', '2026-01-05', '', '', '']),
        line(3, ['A-1', '', 'Lee', 'ATC', '', '2026-02-30', '', 'active', '2026-03-01', '']),
        line(4, ['=1+1', 'Cy', 'Ng', 'ATC', '1', '2026-01-05', '2026-01-05', 'terminated', '', '']),
      ],
      court,
    );
    expect(check.rows).toHaveLength(1);
    expect(check.problems.map((p) => [p.line, p.column, p.code])).toEqual([
      [3, 'first_name', 'required'],
      [3, 'enrolled_on', 'invalid-date'],
      [3, 'phase', 'phase-required'],
      [3, 'discharged_on', 'discharge-date-not-allowed'],
      [3, 'participant_number', 'duplicate-in-file'],
      [4, 'participant_number', 'invalid-number'],
      [4, 'discharged_on', 'discharge-date-required'],
    ]);
    expect(check.problems[4].params).toEqual({ value: 'A-1', line: 2 });
  });

  it('reads the demographics as codes or words the mapping knows, and names a word it does not know', () => {
    const header = ['participant_number', 'first_name', 'last_name', 'program', 'phase', 'enrolled_on', 'phase_started_on', 'ethnicity', 'races', 'sex', 'gender', 'primary_language'];
    const check = checkParticipantLines(
      header,
      [
        line(2, ['A-1', 'Ana', 'Ruiz', 'ATC', '1', '2026-01-05', '2026-01-05', 'not_hispanic_latino', 'Black, White', 'F', 'Mujer', 'Spanish']),
        line(3, ['A-2', 'Ben', 'Lee', 'ATC', '1', '2026-01-05', '2026-01-05', '', 'Latino', '', '', '']),
        line(4, ['A-3', 'Cy', 'Ng', 'ATC', '1', '2026-01-05', '2026-01-05', 'maybe', 'Mixed', 'male', 'man', 'Klingon']),
      ],
      court,
    );
    expect(check.rows).toEqual([
      expect.objectContaining({ line: 2, ethnicity: 'not_hispanic_latino', races: ['black_african_american', 'white'], raceDeclined: false, sex: 'female', gender: 'woman', primaryLanguage: 'es' }),
      expect.objectContaining({ line: 3, ethnicity: 'hispanic_latino', races: [], sex: null, gender: null, primaryLanguage: null }),
    ]);
    expect(check.problems.map((p) => [p.line, p.column, p.code, p.params?.value])).toEqual([
      [4, 'ethnicity', 'unknown-demographic', 'maybe'],
      [4, 'races', 'unknown-demographic', 'Mixed'],
      [4, 'primary_language', 'unknown-demographic', 'Klingon'],
    ]);
    expect(importProblemMessage(check.problems[1], 'es')).toContain('black_african_american');
  });

  it.each([...LANGUAGES])('words every problem in %s, with its values', (language) => {
    const message = importProblemMessage({ line: 3, column: 'phase', code: 'unknown-phase', params: { value: '9', program: 'ATC', phases: 2 } }, language);
    expect(message).toContain('ATC');
    expect(message).toContain('9');
    expect(message).not.toContain('{{');
  });
});
