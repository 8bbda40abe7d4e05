import type { NodeEnv } from './environment';
import type { TrustProxy } from './trust-proxy';

export interface AuthConfig {
  secret: string;
  /** True when no AUTH_SECRET was given and this process made its own. */
  secretIsEphemeral: boolean;
  accessTokenTtlSeconds: number;
  idleTimeoutMinutes: number;
  sessionMaxHours: number;
  /** Failures of one account from one source that block the source for that account. */
  lockoutThreshold: number;
  lockoutMinutes: number;
  /** Sign-in attempts per minute from one address, whatever the account. */
  signInPerMinute: number;
  /** Sign-in attempts per minute for one account from one address. */
  signInPerMinutePerAccount: number;
  /** Failures from one source, whatever the account, that block it. */
  sourceLockoutThreshold: number;
  /** Failures of one account, from any sources, that raise a staff alert. */
  accountAlertThreshold: number;
  /** Phone systems whose `callerNumber` is believed (PHONE_GATEWAY_ADDRESSES). */
  phoneGatewayAddresses: string[];
}

export interface NotificationsConfig {
  /** SMTP relay URL (SMTP_URL); null: email is not configured. */
  smtpUrl: string | null;
  mailFrom: string;
  /** The development outbox page, and texts kept instead of sent when no Twilio account is configured. */
  devOutbox: boolean;
  smsPerSecond: number;
  emailPerSecond: number;
  /** Quiet hours in a court's own zone, as wall times (`21:00`, `08:00`). */
  smsQuietHours: { start: string; end: string };
}

/** Where the courts' phone numbers live (Twilio) and how its webhooks are checked. */
export interface TelephonyConfig {
  accountSid: string | null;
  /** Checks every webhook's X-Twilio-Signature; null in production without TWILIO_AUTH_TOKEN (the hotline is off). */
  authToken: string | null;
  /** True when no TWILIO_AUTH_TOKEN was given outside production and the fixed development token is in use. */
  authTokenIsDevelopment: boolean;
  /** The base URL Twilio calls the webhooks at (PUBLIC_BASE_URL, else PUBLIC_URL). */
  publicBaseUrl: string;
}

/** Signs the hotline's webhooks in development and tests when no TWILIO_AUTH_TOKEN is set (never in production). */
export const DEVELOPMENT_TWILIO_AUTH_TOKEN = 'development-hotline-auth-token';

/** The validated configuration, grouped by concern. Built once by `loadConfig`. */
export class AppConfig {
  constructor(
    readonly env: NodeEnv,
    /** `publicUrl`: where people reach the web application (PUBLIC_URL), for links handed out. */
    readonly http: { port: number; host: string; trustProxy: TrustProxy; rateLimitPerMinute: number; webRoot: string; publicUrl: string },
    /** `migrationUrl`: the tables' owner, for migrations (DATABASE_URL when MIGRATION_DATABASE_URL is unset). */
    readonly database: { url: string; poolSize: number; migrationUrl: string },
    readonly redis: { url: string },
    readonly queue: { prefix: string; dashboardPassword?: string },
    readonly log: { level: string },
    readonly auth: AuthConfig,
    /** Whether the API serves its OpenAPI page and document (API_DOCS; off in production unless set). */
    readonly apiDocs: boolean,
    /** Email and text delivery (SMTP relay, rates, quiet hours, the development outbox). */
    readonly notifications: NotificationsConfig,
    readonly telephony: TelephonyConfig,
  ) {}

  get isProduction(): boolean {
    return this.env === 'production';
  }
}
