import { ForbiddenError } from '../auth.errors';
import { Role, type CourtRole } from '../permissions';
import { Principal } from '../principal';
import { AdministeredAccount, UserAdminScope } from './user-admin-scope';

const A = 'court-a';
const B = 'court-b';

function principal(memberships: Array<[string, CourtRole]>, systemRole: Role.SystemAdmin | null = null): Principal {
  return new Principal(
    'me',
    'staff',
    'Me',
    'session',
    systemRole,
    memberships.map(([courtId, role]) => ({ courtId, code: courtId, role, organisationId: null })),
    null,
    null,
  );
}

function account(memberships: Array<[string, string]>, options: Partial<AdministeredAccount> = {}): AdministeredAccount {
  return { id: 'them', kind: 'staff', systemRole: null, memberships: memberships.map(([courtId, role]) => ({ courtId, role })), ...options };
}

const codeOf = (action: () => void) => {
  try {
    action();
    return null;
  } catch (error) {
    return error instanceof ForbiddenError ? error.code : 'unexpected';
  }
};

describe('UserAdminScope', () => {
  const courtAdminOfA = new UserAdminScope(principal([[A, Role.CourtAdmin], [B, Role.Judge]]));
  const systemAdmin = new UserAdminScope(principal([], Role.SystemAdmin));

  it("reaches accounts with a role in the administrator's courts only", () => {
    expect(courtAdminOfA.reaches(account([[A, 'judge']]))).toBe(true);
    expect(courtAdminOfA.reaches(account([[B, 'judge']]))).toBe(false);
    expect(courtAdminOfA.reaches(account([]))).toBe(false);
  });

  it('gives the system administrator every staff account but no participant account', () => {
    expect(systemAdmin.reaches(account([]))).toBe(true);
    expect(systemAdmin.reaches(account([[A, 'participant']], { kind: 'participant' }))).toBe(false);
  });

  it('tells administering, belonging and being an outsider apart', () => {
    expect(courtAdminOfA.standingIn(A)).toBe('administers');
    expect(courtAdminOfA.standingIn(B)).toBe('member');
    expect(courtAdminOfA.standingIn('court-c')).toBe('outsider');
    expect(systemAdmin.standingIn('court-c')).toBe('administers');
  });

  it('shows only the memberships in reach', () => {
    expect(courtAdminOfA.visibleMemberships(account([[A, 'judge'], [B, 'judge']]))).toEqual([{ courtId: A, role: 'judge' }]);
  });

  it('lets a court administrator act on a whole account only when every membership is in their courts', () => {
    expect(codeOf(() => courtAdminOfA.assertWholeAccount(account([[A, 'judge']])))).toBeNull();
    expect(codeOf(() => courtAdminOfA.assertWholeAccount(account([[A, 'judge'], [B, 'court_admin']])))).toBe('memberships-elsewhere');
    expect(codeOf(() => courtAdminOfA.assertWholeAccount(account([[A, 'judge']], { systemRole: Role.SystemAdmin })))).toBe('system-admin-account');
    expect(codeOf(() => systemAdmin.assertWholeAccount(account([[A, 'judge'], [B, 'court_admin']])))).toBeNull();
  });

  it('refuses administering oneself', () => {
    expect(codeOf(() => courtAdminOfA.assertNotSelf('me'))).toBe('own-account');
    expect(codeOf(() => courtAdminOfA.assertNotSelf('them'))).toBeNull();
  });

  it('audits in the role held in the court', () => {
    expect(courtAdminOfA.roleIn(A)).toBe('court_admin');
    expect(systemAdmin.roleIn(A)).toBe('system_admin');
  });
});
