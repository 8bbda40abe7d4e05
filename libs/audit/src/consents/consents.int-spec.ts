import { TestClock } from '@app/core';
import { DataSource } from 'typeorm';
import { createConsent, createCourt, createParticipant, createStaff, ParticipantFixture } from '../../../../test/support/fixtures';
import { useTestDataSource } from '../../../../test/support/test-data-source';
import { ConsentsService } from './consents.service';

describe('ConsentsService.endByEvent (program discharge)', () => {
  const suite = useTestDataSource();
  let dataSource: DataSource;
  // 21:00 on 23 November in Chicago, already the 24th in UTC.
  const clock = new TestClock('2026-11-24T03:00:00Z');
  let consents: ConsentsService;
  let discharged: ParticipantFixture;
  let other: ParticipantFixture;
  let staffId: string;
  let courtId: string;

  beforeAll(async () => {
    dataSource = suite.dataSource;
    consents = new ConsentsService(dataSource, clock);
    const court = await createCourt(dataSource, 'ENDS', { timeZone: 'America/Chicago' });
    courtId = court.id;
    staffId = (await createStaff(dataSource, 'cm', 'case_manager', court.id)).id;
    discharged = await createParticipant(dataSource, court, 'E-0001');
    other = await createParticipant(dataSource, court, 'E-0002');
  });

  const status = async (id: string) => (await consents.find(id))!.status;

  it('ends only the valid consents that last until discharge, once', async () => {
    const untilDischarge = await createConsent(dataSource, discharged, courtId, { recordedBy: staffId });
    // Whichever comes first, the date or the discharge: still valid on the court's 23rd.
    const dateOrDischarge = await createConsent(dataSource, discharged, courtId, { expiresOn: '2026-11-23', recordedBy: staffId });
    const alreadyExpired = await createConsent(dataSource, discharged, courtId, { expiresOn: '2026-11-22', recordedBy: staffId });
    const dateOnly = await createConsent(dataSource, discharged, courtId, { expiresOn: '2027-01-31', expiryEvent: null, recordedBy: staffId });
    const revoked = await createConsent(dataSource, discharged, courtId, { recordedBy: staffId });
    await dataSource.transaction((manager) => consents.revoke(manager, revoked, { revokedBy: staffId, reason: null }));
    const someoneElses = await createConsent(dataSource, other, courtId, { recordedBy: staffId });

    const ended = await dataSource.transaction((manager) => consents.endByEvent(manager, discharged.id, 'program_discharge'));

    expect(ended.sort()).toEqual([untilDischarge, dateOrDischarge].sort());
    expect(await status(untilDischarge)).toBe('ended');
    expect(await status(dateOrDischarge)).toBe('ended');
    expect(await status(alreadyExpired)).toBe('expired');
    expect(await status(dateOnly)).toBe('valid');
    expect(await status(revoked)).toBe('revoked');
    expect(await status(someoneElses)).toBe('valid');
    const [row] = await dataSource.query(`SELECT ended_at FROM consents WHERE id = $1`, [untilDischarge]);
    expect(row.ended_at.toISOString()).toBe(clock.now().toISOString());

    expect(await dataSource.transaction((manager) => consents.endByEvent(manager, discharged.id, 'program_discharge'))).toEqual([]);
  });

  it("commits or rolls back with the caller's transaction", async () => {
    const consent = await createConsent(dataSource, other, courtId, { recordedBy: staffId });
    await expect(
      dataSource.transaction(async (manager) => {
        expect(await consents.endByEvent(manager, other.id, 'program_discharge')).toContain(consent);
        throw new Error('discharge failed');
      }),
    ).rejects.toThrow('discharge failed');
    expect(await status(consent)).toBe('valid');
  });
});
