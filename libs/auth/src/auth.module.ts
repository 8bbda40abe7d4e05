import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuditModule } from '@app/audit';
import { AccessService } from './access/access.service';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AccessTokens } from './sessions/access-tokens';
import { SessionsService } from './sessions/sessions.service';
import { CredentialsService } from './sign-in/credentials.service';
import { SecretHasher } from './sign-in/secret-hasher';
import { SignInService } from './sign-in/sign-in.service';
import { SignInThrottle } from './sign-in/sign-in-throttle';
import { TotpService } from './totp/totp.service';
import { AccountActivationsService } from './users/account-activations.service';
import { AdministeredUsers } from './users/administered-users';
import { MembershipsService } from './users/memberships.service';
import { UserAccountsService } from './users/user-accounts.service';
import { UsersController } from './users/users.controller';
import { UsersService } from './users/users.service';

/**
 * Sign-in, sessions, the global deny-by-default guard, record-level
 * access and user administration. Global, because every domain module
 * checks access through `AccessService` before it touches participant data.
 */
@Global()
@Module({
  imports: [AuditModule],
  controllers: [AuthController, UsersController],
  providers: [
    AccessTokens,
    SessionsService,
    SecretHasher,
    TotpService,
    SignInService,
    SignInThrottle,
    CredentialsService,
    AccessService,
    AdministeredUsers,
    AccountActivationsService,
    UsersService,
    MembershipsService,
    UserAccountsService,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AccessService, AccountActivationsService, SessionsService, SecretHasher, TotpService, SignInService, SignInThrottle, AuditModule],
})
export class AuthModule {}
