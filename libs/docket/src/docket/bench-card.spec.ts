import { cleanDaysOf } from './bench-card';
import type { DocketViolationDto } from './dto/docket.dto';

const violation = (kind: string, status: string): DocketViolationDto => ({
  id: `${kind}-${status}`,
  kind,
  status,
  detectedAt: '2026-11-20T15:00:00.000Z',
  deadlineAt: '2026-11-23T15:00:00.000Z',
  hoursLeft: status === 'open' ? 10 : null,
  overdue: false,
});

describe('cleanDaysOf', () => {
  const at = (v: DocketViolationDto, day: string) => ({ ...v, detectedAt: `${day}T15:00:00.000Z` });

  it('counts missed tests open or detected during the clean run, and names the last', () => {
    expect(cleanDaysOf('2026-02-01', [at(violation('missed_test', 'open'), '2025-12-01'), at(violation('missed_test', 'answered'), '2026-06-10')])).toEqual({
      missedTests: 2,
      lastMissedOn: '2026-06-10',
      openMissedTest: true,
    });
  });

  it('leaves out answered ones before the run, dismissed ones and other kinds', () => {
    expect(
      cleanDaysOf('2026-02-01', [at(violation('missed_test', 'answered'), '2026-01-02'), at(violation('missed_test', 'dismissed'), '2026-03-01'), violation('missed_call_in', 'open')]),
    ).toEqual({ missedTests: 0, lastMissedOn: null, openMissedTest: false });
  });
});
