import { isTreatmentEvent, redactTreatmentDetails } from './treatment-redaction';

describe('redactTreatmentDetails', () => {
  const id = '6f1c1e0a-2b3c-4d5e-8f90-123456789abc';

  it('turns a map of changes into field names, keeping ids and counts', () => {
    expect(
      redactTreatmentDetails({ changes: { attendance: { from: 'scheduled', to: 'no_show' } }, violationsRaised: [id], violationsDismissed: [], returned: 3 }),
    ).toEqual({ changedFields: ['attendance'], violationsRaised: [id], violationsDismissed: [], returned: 3 });
  });

  it('drops values that state a fact and names them as withheld', () => {
    const redacted = redactTreatmentDetails({ endedOn: '2026-11-20', dischargeReason: 'completed', consentIds: [id], categories: ['relapse'] });
    expect(redacted).toEqual({ consentIds: [id], withheld: ['endedOn', 'dischargeReason', 'categories'] });
    expect(JSON.stringify(redacted)).not.toMatch(/completed|relapse|2026/);
  });

  it('keeps the names of changed fields and kinds of information', () => {
    expect(redactTreatmentDetails({ changedFields: ['levelOfCare'], information: ['treatment_attendance'] })).toEqual({
      changedFields: ['levelOfCare'],
      information: ['treatment_attendance'],
    });
    expect(redactTreatmentDetails(null)).toBeNull();
  });

  it('knows treatment rows by entity type or action', () => {
    expect(isTreatmentEvent({ action: 'treatment_attendance.update', entityType: 'treatment_attendance' })).toBe(true);
    expect(isTreatmentEvent({ action: 'treatment.provider_clients_read', entityType: 'provider_organisation' })).toBe(true);
    expect(isTreatmentEvent({ action: 'provider_referral.end', entityType: 'provider_referral' })).toBe(true);
    expect(isTreatmentEvent({ action: 'participant.read', entityType: 'participant' })).toBe(false);
  });
});
