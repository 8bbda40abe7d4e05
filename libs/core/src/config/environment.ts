import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
} from 'class-validator';

export const NODE_ENVS = ['development', 'test', 'production'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

/**
 * Every environment variable the system reads, with what it expects.
 * Variables marked `sensitive` are never echoed back in error messages or logs.
 */
export class EnvironmentVariables {
  @IsIn(NODE_ENVS)
  NODE_ENV: NodeEnv = 'development';

  @IsInt()
  @Min(0)
  @Max(65535)
  PORT: number = 3000;

  @IsString()
  HOST: string = '0.0.0.0';

  /** The built browser application (index.html and assets), served at `/`; relative to the working directory. */
  @IsString()
  WEB_ROOT: string = 'dist/web';

  /**
   * Where people reach the web application (scheme, host, optional path, no
   * trailing slash), for links the system hands out, such as an account's
   * one-time activation link. Unset: http://localhost:PORT.
   */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s?#]+[^\s?#/]$/, { message: 'must be an http:// or https:// URL without a trailing slash, query or fragment' })
  PUBLIC_URL?: string;

  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'must be a postgres:// connection URL' })
  DATABASE_URL: string;

  /**
   * The role that owns the tables, for the migrate command only (never give
   * it to the API or the worker). Unset: migrations run as DATABASE_URL, which
   * then owns the tables, and the append-only triggers do not bind the
   * application (fine for a single-machine install, see docs/deployment.md).
   */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'must be a postgres:// connection URL' })
  MIGRATION_DATABASE_URL?: string;

  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE: number = 10;

  @Matches(/^rediss?:\/\/.+/, { message: 'must be a redis:// or rediss:// URL' })
  REDIS_URL: string;

  /** Prefix of every BullMQ key, so several deployments (or test runs) can share one Redis. */
  @Matches(/^[A-Za-z0-9_-]{1,40}$/, { message: 'must be 1-40 letters, digits, "_" or "-"' })
  QUEUE_PREFIX: string = 'tc';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: string = 'info';

  /** Requests per minute allowed from one client address across all API replicas. */
  @IsInt()
  @Min(1)
  RATE_LIMIT_PER_MINUTE: number = 600;

  /**
   * Which proxies may name the client address in X-Forwarded-For: a hop
   * count (`1`: the nearest proxy) or a comma-separated list of proxy
   * addresses and CIDRs (`10.0.0.0/8, 127.0.0.1`); unset or `false` trusts
   * none. Never `true`: trusting any proxy lets a client choose its own
   * address and escape every per-address limit (checked in load-config.ts).
   */
  @IsOptional()
  @IsString()
  TRUST_PROXY?: string;

  /**
   * The OpenAPI page (/api/docs) and document (/api/docs-json): `true` or
   * `false`. Unset: served outside production, off in production.
   */
  @IsOptional()
  @IsIn(['true', 'false'])
  API_DOCS?: 'true' | 'false';

  /**
   * Addresses/CIDRs of the phone systems (IVR, SMS gateway) that call
   * POST /call-ins/phone. Only from these is the body's `callerNumber`
   * believed, and then failed PINs and limits count per calling number
   * rather than per (shared) gateway address; from anywhere else it is
   * ignored, so a client cannot escape the per-address counters by naming
   * a new number each time. Unset: callers are counted by address only.
   */
  @IsOptional()
  @IsString()
  PHONE_GATEWAY_ADDRESSES?: string;

  /** Password of the queue dashboard at /admin/queues (user `admin`); the dashboard is off without it. */
  @IsOptional()
  @IsString()
  @MinLength(12, { message: 'must be at least 12 characters' })
  QUEUE_DASHBOARD_PASSWORD?: string;

  /**
   * Signs access tokens and encrypts second-factor secrets; the same on every
   * API replica. Required in production; elsewhere a random one is made per
   * process when unset (`npm start` keeps one in .data/).
   */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'must be at least 32 characters' })
  AUTH_SECRET?: string;

  /** Lifetime of an access token; the refresh token gets the next one. */
  @IsInt()
  @Min(30)
  @Max(3600)
  AUTH_ACCESS_TOKEN_TTL_SECONDS: number = 300;

  /** A session ends after this long without a request (CJIS Security Policy: 30 minutes). */
  @IsInt()
  @Min(1)
  @Max(30)
  AUTH_IDLE_TIMEOUT_MINUTES: number = 30;

  /** A session ends this long after sign-in, however active. */
  @IsInt()
  @Min(1)
  @Max(24)
  AUTH_SESSION_MAX_HOURS: number = 12;

  /**
   * Consecutive failed sign-ins of one account from one source (address, or
   * the calling number on the phone route) that block that source for that
   * account (CJIS 5.5.3 allows locking the node rather than the account: at most 5).
   */
  @IsInt()
  @Min(1)
  @Max(5)
  AUTH_LOCKOUT_THRESHOLD: number = 5;

  /** How long a blocked source stays blocked (CJIS: at least 10 minutes). */
  @IsInt()
  @Min(10)
  @Max(1440)
  AUTH_LOCKOUT_MINUTES: number = 10;

  /**
   * Sign-in attempts allowed per minute from one client address, whatever the
   * account: high enough for a courthouse whose staff all sign in from one
   * address at 8:55, low enough to slow a guesser trying many accounts.
   */
  @IsInt()
  @Min(1)
  AUTH_SIGN_IN_PER_MINUTE: number = 120;

  /** Sign-in attempts allowed per minute for one account from one client address (never for an account as a whole). */
  @IsInt()
  @Min(1)
  AUTH_SIGN_IN_PER_MINUTE_PER_ACCOUNT: number = 10;

  /** Failed sign-ins from one source (address or calling number), whatever the account, that block the source for AUTH_LOCKOUT_MINUTES. */
  @IsInt()
  @Min(1)
  AUTH_SOURCE_LOCKOUT_THRESHOLD: number = 50;

  /** Failed sign-ins of one account from any sources, within AUTH_LOCKOUT_MINUTES, that raise a staff alert (the account is never locked). */
  @IsInt()
  @Min(1)
  AUTH_ACCOUNT_ALERT_THRESHOLD: number = 10;

  /** The Twilio account the courts' numbers belong to (`AC` and 32 hex digits); texts and calls are sent through it. */
  @IsOptional()
  @Matches(/^AC[0-9a-f]{32}$/, { message: 'must be a Twilio account SID (AC followed by 32 hex digits)' })
  TWILIO_ACCOUNT_SID?: string;

  /**
   * The Twilio account's auth token: every hotline webhook's
   * X-Twilio-Signature is checked with it, and sends are signed in with it.
   * Required in production for the hotline to answer; elsewhere unset means
   * a fixed development token that `npm run hotline:demo` signs with.
   */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'must be at least 16 characters' })
  TWILIO_AUTH_TOKEN?: string;

  /**
   * The URL Twilio calls the hotline's webhooks at (scheme, host, optional
   * path, no trailing slash), as configured on the court's number: the
   * signature covers it, so it must be exactly what Twilio was given.
   * Unset: PUBLIC_URL.
   */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s?#]+[^\s?#/]$/, { message: 'must be an http:// or https:// URL without a trailing slash, query or fragment' })
  PUBLIC_BASE_URL?: string;
  /**
   * The SMTP relay that carries email (alerts, digests, activation links):
   * `smtp://user:password@host:587` (STARTTLS when offered) or `smtps://…:465`.
   * Unset: no email is sent (the bell still shows every alert, and an
   * activation link is shown once to the administrator, as before).
   * `npm start` points it at its local mail catcher.
   */
  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  /** The sender of every email (RFC 5322 address, optionally with a display name). */
  @IsString()
  MAIL_FROM: string = 'Court notifications <no-reply@localhost>';

  /**
   * The development outbox: texts are kept (not sent) when no Twilio account
   * is configured, and the outbox page (/api/v1/dev-outbox) shows every
   * email, text and call script. `true` or `false`; unset: on outside
   * production. Refused in production, where it would show messages to any
   * administrator and swallow texts.
   */
  @IsOptional()
  @IsIn(['true', 'false'])
  DEV_OUTBOX?: 'true' | 'false';

  /** Texts handed to the SMS provider per second, across every worker (a long code sends 1, a short code or messaging service far more). */
  @IsInt()
  @Min(1)
  @Max(1000)
  SMS_PER_SECOND: number = 10;

  /** Emails handed to the SMTP relay per second, across every worker. */
  @IsInt()
  @Min(1)
  @Max(1000)
  EMAIL_PER_SECOND: number = 10;

  /**
   * When no text goes to a participant, in the court's own time zone
   * (`HH:MM-HH:MM`, may span midnight): a text due then waits for the end
   * (the TCPA's 8 a.m. to 9 p.m. calling hours by default).
   */
  @Matches(/^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-3]):[0-5][0-9]$/, { message: 'must be HH:MM-HH:MM' })
  SMS_QUIET_HOURS: string = '21:00-08:00';
}

/** Variables whose value must never appear in a message. */
export const SENSITIVE_VARIABLES: ReadonlySet<string> = new Set([
  'DATABASE_URL',
  'MIGRATION_DATABASE_URL',
  'REDIS_URL',
  'QUEUE_DASHBOARD_PASSWORD',
  'AUTH_SECRET',
  'TWILIO_AUTH_TOKEN',
  'SMTP_URL',
]);
