import type { NodeEnv } from './environment';

/** The validated configuration, grouped by concern. Built once by `loadConfig`. */
export class AppConfig {
  constructor(
    readonly env: NodeEnv,
    readonly http: { port: number; host: string; trustProxy: boolean; rateLimitPerMinute: number },
    readonly database: { url: string; poolSize: number },
    readonly redis: { url: string },
    readonly queue: { prefix: string; dashboardPassword?: string },
    readonly log: { level: string },
  ) {}

  get isProduction(): boolean {
    return this.env === 'production';
  }
}
