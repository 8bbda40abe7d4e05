import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';

/** The full path of a command on the PATH, or undefined. */
export function onPath(command: string): string | undefined {
  try {
    return execFileSync('sh', ['-c', `command -v ${command}`]).toString().trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Finds a program that comes from a Debian package, installing the package
 * with apt-get when running as root on Debian or Ubuntu; otherwise throws
 * `howToInstall`, one line a person can act on.
 */
export function ensureSystemProgram(options: { commands: string[]; debianPackage: string; howToInstall: string; log?: (line: string) => void }): string {
  const find = () => options.commands.map(onPath).find(Boolean);
  const found = find();
  if (found) return found;
  if (userInfo().uid === 0 && existsSync('/etc/debian_version') && onPath('apt-get')) {
    (options.log ?? console.log)(`${options.commands[0]} not found: installing Debian package ${options.debianPackage} with apt-get…`);
    execFileSync('sh', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${options.debianPackage} >/dev/null`], {
      stdio: 'inherit',
    });
    const installed = find();
    if (installed) return installed;
  }
  throw new Error(options.howToInstall);
}
