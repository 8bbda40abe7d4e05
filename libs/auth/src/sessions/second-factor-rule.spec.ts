import { secondFactorRequired } from './second-factor-rule';

describe('secondFactorRequired', () => {
  it.each(['judge', 'court_admin'])('requires it of a %s even where the court asks it of nobody', (role) => {
    expect(secondFactorRequired({ systemRole: null, memberships: [{ role, courtRequires: false }] })).toBe(true);
  });

  it('requires it of the system administrator, who belongs to no court', () => {
    expect(secondFactorRequired({ systemRole: 'system_admin', memberships: [] })).toBe(true);
  });

  it.each(['coordinator', 'case_manager', 'treatment_provider', 'testing_site'])('leaves a %s to the court’s setting', (role) => {
    expect(secondFactorRequired({ systemRole: null, memberships: [{ role, courtRequires: false }] })).toBe(false);
    expect(secondFactorRequired({ systemRole: null, memberships: [{ role, courtRequires: true }] })).toBe(true);
  });

  it('requires it when any one of several memberships does', () => {
    expect(
      secondFactorRequired({
        systemRole: null,
        memberships: [
          { role: 'case_manager', courtRequires: false },
          { role: 'judge', courtRequires: false },
        ],
      }),
    ).toBe(true);
  });
});
