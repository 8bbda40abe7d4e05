import { AuditService } from '@app/audit';
import { issueActivation, type IssuedActivation, User } from '@app/auth';
import { Clock, isUniqueViolation } from '@app/core';
import { DataSource } from 'typeorm';

export interface NewAdministrator {
  username: string;
  displayName?: string;
  email?: string | null;
}

export interface CreatedAdministrator extends IssuedActivation {
  userId: string;
  username: string;
}

const USERNAME = /^[a-z0-9._-]{3,64}$/;

/** `--name value` pairs of the command line, by name. */
export function parseCreateAdminArgs(args: string[]): NewAdministrator {
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i += 2) {
    const [name, value] = [args[i], args[i + 1]];
    if (!['--username', '--display-name', '--email'].includes(name) || value === undefined || value.startsWith('--')) {
      throw new Error(`create-admin: unexpected ${name ?? 'end of arguments'}; usage: create-admin --username NAME [--display-name "Full Name"] [--email ADDRESS]`);
    }
    options.set(name, value);
  }
  const username = options.get('--username');
  if (!username) throw new Error('create-admin: --username is required');
  return { username, displayName: options.get('--display-name'), email: options.get('--email') ?? null };
}

/**
 * A system administrator for an install, with no password: the answer is a
 * one-time activation link (24 hours) through which its owner sets their
 * own. The way the first administrator of a production install comes to
 * be, since the demo seed never runs in production; also how one is added
 * when none can sign in. Audited as the command's doing.
 */
export async function createAdministrator(dataSource: DataSource, clock: Clock, publicUrl: string, input: NewAdministrator): Promise<CreatedAdministrator> {
  const username = input.username.trim().toLowerCase();
  if (!USERNAME.test(username)) throw new Error('create-admin: the username must be 3 to 64 letters, digits, dots, underscores or hyphens');
  const audit = new AuditService(dataSource, clock);
  return dataSource.transaction(async (manager) => {
    let user: User;
    try {
      user = await manager.save(
        manager.create(User, {
          kind: 'staff',
          username,
          displayName: input.displayName?.trim() || username,
          email: input.email ?? null,
          systemRole: 'system_admin',
          secretHash: null,
          mustChangeSecret: false,
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error, 'users_username_key')) throw new Error(`create-admin: the username ${username} is already taken`);
      throw error;
    }
    const activation = await issueActivation(manager, user.id, null, clock.now(), publicUrl);
    await audit.record(
      { userId: null, role: 'command', requestId: null },
      {
        courtId: null,
        action: 'user.create',
        entityType: 'user',
        entityIds: [user.id],
        participantIds: [],
        basis: 'command:create-admin',
        details: { username, systemRole: 'system_admin', activationIssued: true },
      },
      manager,
    );
    return { userId: user.id, username, ...activation };
  });
}
