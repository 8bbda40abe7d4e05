import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { randomBytes } from 'node:crypto';
import { validateSync, ValidationError } from 'class-validator';
import { AppConfig, DEVELOPMENT_TWILIO_AUTH_TOKEN } from './app-config';
import { EnvironmentVariables, SENSITIVE_VARIABLES } from './environment';
import { parseAddressList, parseTrustProxy } from './trust-proxy';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

function describe(error: ValidationError, source: Record<string, string | undefined>): string {
  // class-validator starts its messages with the property name, which the line already shows.
  const expected = Object.values(error.constraints ?? {})
    .map((message) => message.replace(new RegExp(`^${error.property} `), ''))
    .join('; ');
  const value = source[error.property];
  let got: string;
  if (value === undefined || value === '') got = 'it is not set';
  else if (SENSITIVE_VARIABLES.has(error.property)) got = 'the value given is not valid';
  else got = `got "${String(value)}"`;
  return `${error.property}: ${expected} (${got})`;
}

/**
 * Validates the environment once and returns typed configuration. This is the
 * only place in the code base that reads `process.env`.
 */
export function loadConfig(source: Record<string, string | undefined> = process.env): AppConfig {
  const defined = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const env = plainToInstance(EnvironmentVariables, defined, { enableImplicitConversion: true });
  const errors = validateSync(env, { skipMissingProperties: false, forbidUnknownValues: true });
  const problems = errors.map((e) => describe(e, source));
  if (env.NODE_ENV === 'production' && !env.AUTH_SECRET) {
    problems.push('AUTH_SECRET: must be set in production, the same on every API replica (it is not set)');
  }
  const devOutbox = env.DEV_OUTBOX === undefined ? env.NODE_ENV !== 'production' : env.DEV_OUTBOX === 'true';
  if (env.NODE_ENV === 'production' && devOutbox) {
    problems.push('DEV_OUTBOX: must not be true in production: it keeps texts instead of sending them and shows every message to administrators');
  }
  const trustProxy = parseTrustProxy(env.TRUST_PROXY);
  if ('problem' in trustProxy) problems.push(`TRUST_PROXY: ${trustProxy.problem}`);
  const phoneGateways = parseAddressList(env.PHONE_GATEWAY_ADDRESSES ?? '');
  if ('problem' in phoneGateways) problems.push(`PHONE_GATEWAY_ADDRESSES: must be a comma-separated list of addresses/CIDRs; ${phoneGateways.problem}`);
  if (problems.length > 0 || 'problem' in trustProxy || 'problem' in phoneGateways) throw new ConfigError(problems);
  return new AppConfig(
    env.NODE_ENV,
    {
      port: env.PORT,
      host: env.HOST,
      trustProxy: trustProxy.value,
      rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
      webRoot: env.WEB_ROOT,
      publicUrl: env.PUBLIC_URL ?? `http://localhost:${env.PORT}`,
    },
    { url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE, migrationUrl: env.MIGRATION_DATABASE_URL ?? env.DATABASE_URL },
    { url: env.REDIS_URL },
    { prefix: env.QUEUE_PREFIX, dashboardPassword: env.QUEUE_DASHBOARD_PASSWORD },
    { level: env.LOG_LEVEL },
    {
      secret: env.AUTH_SECRET ?? randomBytes(32).toString('base64url'),
      secretIsEphemeral: !env.AUTH_SECRET,
      accessTokenTtlSeconds: env.AUTH_ACCESS_TOKEN_TTL_SECONDS,
      idleTimeoutMinutes: env.AUTH_IDLE_TIMEOUT_MINUTES,
      sessionMaxHours: env.AUTH_SESSION_MAX_HOURS,
      lockoutThreshold: env.AUTH_LOCKOUT_THRESHOLD,
      lockoutMinutes: env.AUTH_LOCKOUT_MINUTES,
      signInPerMinute: env.AUTH_SIGN_IN_PER_MINUTE,
      signInPerMinutePerAccount: env.AUTH_SIGN_IN_PER_MINUTE_PER_ACCOUNT,
      sourceLockoutThreshold: env.AUTH_SOURCE_LOCKOUT_THRESHOLD,
      accountAlertThreshold: env.AUTH_ACCOUNT_ALERT_THRESHOLD,
      phoneGatewayAddresses: phoneGateways.value,
    },
    env.API_DOCS === undefined ? env.NODE_ENV !== 'production' : env.API_DOCS === 'true',
    {
      smtpUrl: env.SMTP_URL ?? null,
      mailFrom: env.MAIL_FROM,
      devOutbox,
      smsPerSecond: env.SMS_PER_SECOND,
      emailPerSecond: env.EMAIL_PER_SECOND,
      smsQuietHours: { start: env.SMS_QUIET_HOURS.slice(0, 5), end: env.SMS_QUIET_HOURS.slice(6) },
    },
    {
      accountSid: env.TWILIO_ACCOUNT_SID ?? null,
      authToken: env.TWILIO_AUTH_TOKEN ?? (env.NODE_ENV === 'production' ? null : DEVELOPMENT_TWILIO_AUTH_TOKEN),
      authTokenIsDevelopment: !env.TWILIO_AUTH_TOKEN && env.NODE_ENV !== 'production',
      publicBaseUrl: env.PUBLIC_BASE_URL ?? env.PUBLIC_URL ?? `http://localhost:${env.PORT}`,
    },
  );
}

/**
 * Only where people reach the web application (PUBLIC_URL, else
 * http://localhost:PORT), for commands that hand out links and run where no
 * Redis is configured (`create-admin`).
 */
export function loadPublicUrl(source: Record<string, string | undefined> = process.env): string {
  const defined = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const env = plainToInstance(EnvironmentVariables, defined, { enableImplicitConversion: true });
  const errors = validateSync(env).filter((e) => e.property === 'PUBLIC_URL' || e.property === 'PORT');
  if (errors.length > 0) throw new ConfigError(errors.map((e) => describe(e, source)));
  return env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;
}

/**
 * Only the database part of the configuration, for the migration command,
 * which must run where no Redis is configured (a one-shot migrate container).
 */
export function loadDatabaseConfig(source: Record<string, string | undefined> = process.env): AppConfig['database'] {
  const defined = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const env = plainToInstance(EnvironmentVariables, defined, { enableImplicitConversion: true });
  const errors = validateSync(env).filter((e) => e.property.startsWith('DATABASE_') || e.property === 'MIGRATION_DATABASE_URL');
  if (errors.length > 0) throw new ConfigError(errors.map((e) => describe(e, source)));
  return { url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE, migrationUrl: env.MIGRATION_DATABASE_URL ?? env.DATABASE_URL };
}
