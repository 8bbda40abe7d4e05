import { consentStatus } from './consent-status';

describe('consentStatus', () => {
  const open = { revokedAt: null, endedAt: null, expiresOn: null };

  it('is valid with no expiry date until an event ends it', () => {
    expect(consentStatus(open, '2030-01-01')).toBe('valid');
    expect(consentStatus({ ...open, endedAt: new Date('2026-05-01T00:00:00Z') }, '2026-05-02')).toBe('ended');
  });

  it('is valid through its expiry day and expired the day after (court-local dates)', () => {
    const dated = { ...open, expiresOn: '2026-11-23' };
    expect(consentStatus(dated, '2026-11-22')).toBe('valid');
    expect(consentStatus(dated, '2026-11-23')).toBe('valid');
    expect(consentStatus(dated, '2026-11-24')).toBe('expired');
    expect(consentStatus(dated, '2027-01-01')).toBe('expired');
  });

  it('shows a revocation before any lapse', () => {
    const revoked = { revokedAt: new Date('2026-01-02T00:00:00Z'), endedAt: new Date('2026-02-01T00:00:00Z'), expiresOn: '2026-01-01' };
    expect(consentStatus(revoked, '2026-03-01')).toBe('revoked');
    expect(consentStatus({ ...revoked, revokedAt: null }, '2026-03-01')).toBe('ended');
  });
});
