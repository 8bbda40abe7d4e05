import { hash, verify } from '@node-rs/argon2';
import { Injectable, OnModuleInit } from '@nestjs/common';

/**
 * argon2id (OWASP's first choice for password storage) with its recommended
 * minimum: 19 MiB memory, 2 passes, 1 lane. Used for staff passwords and
 * participant PINs alike.
 */
const OPTIONS = { algorithm: 2 /* Algorithm.Argon2id, a const enum isolatedModules cannot read */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class SecretHasher implements OnModuleInit {
  /** Verified against when an account does not exist, so the answer takes as long either way. */
  private decoy = '';

  async onModuleInit(): Promise<void> {
    this.decoy = await hash('no account has this secret', OPTIONS);
  }

  hash(secret: string): Promise<string> {
    return hash(secret, OPTIONS);
  }

  /** False for a wrong secret, a missing hash (spending the same time) or an unreadable hash. */
  async verify(storedHash: string | null, secret: string): Promise<boolean> {
    try {
      const matches = await verify(storedHash ?? this.decoy, secret);
      return storedHash !== null && matches;
    } catch {
      return false;
    }
  }
}
