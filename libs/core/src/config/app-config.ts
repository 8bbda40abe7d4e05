import type { NodeEnv } from './environment';

export interface AuthConfig {
  secret: string;
  /** True when no AUTH_SECRET was given and this process made its own. */
  secretIsEphemeral: boolean;
  accessTokenTtlSeconds: number;
  idleTimeoutMinutes: number;
  sessionMaxHours: number;
  lockoutThreshold: number;
  lockoutMinutes: number;
  signInPerMinute: number;
}

/** The validated configuration, grouped by concern. Built once by `loadConfig`. */
export class AppConfig {
  constructor(
    readonly env: NodeEnv,
    /** `publicUrl`: where people reach the web application (PUBLIC_URL), for links handed out. */
    readonly http: { port: number; host: string; trustProxy: boolean; rateLimitPerMinute: number; webRoot: string; publicUrl: string },
    /** `migrationUrl`: the tables' owner, for migrations (DATABASE_URL when MIGRATION_DATABASE_URL is unset). */
    readonly database: { url: string; poolSize: number; migrationUrl: string },
    readonly redis: { url: string },
    readonly queue: { prefix: string; dashboardPassword?: string },
    readonly log: { level: string },
    readonly auth: AuthConfig,
    /** Whether the API serves its OpenAPI page and document (API_DOCS; off in production unless set). */
    readonly apiDocs: boolean,
  ) {}

  get isProduction(): boolean {
    return this.env === 'production';
  }
}
