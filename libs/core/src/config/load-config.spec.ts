import { DEVELOPMENT_TWILIO_AUTH_TOKEN } from './app-config';
import { ConfigError, loadConfig } from './load-config';
import { redactedUrl } from './redacted-url';

const valid = { DATABASE_URL: 'postgres://u:secret@db:5432/court', REDIS_URL: 'redis://cache:6379' };

describe('loadConfig', () => {
  it('applies defaults and groups values by concern', () => {
    const config = loadConfig(valid);
    expect(config.http.port).toBe(3000);
    expect(config.database.url).toBe(valid.DATABASE_URL);
    expect(config.queue.prefix).toBe('tc');
    expect(config.isProduction).toBe(false);
  });

  it('converts numbers and booleans from strings', () => {
    const config = loadConfig({ ...valid, PORT: '8080', TRUST_PROXY: '1', NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(32) });
    expect(config.http.port).toBe(8080);
    expect(config.http.trustProxy).toBe(1);
    expect(config.isProduction).toBe(true);
  });

  it('names each missing variable and what it expects', () => {
    try {
      loadConfig({});
      fail('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      expect(message).toContain('DATABASE_URL: must be a postgres:// connection URL (it is not set)');
      expect(message).toContain('REDIS_URL: must be a redis:// or rediss:// URL (it is not set)');
    }
  });

  it('names a malformed variable without echoing a secret', () => {
    expect(() => loadConfig({ ...valid, PORT: 'eighty' })).toThrow(/PORT: .*got "eighty"/);
    try {
      loadConfig({ ...valid, DATABASE_URL: 'mysql://root:hunter2@db' });
      fail('expected a ConfigError');
    } catch (error) {
      expect((error as Error).message).toContain('DATABASE_URL');
      expect((error as Error).message).not.toContain('hunter2');
    }
  });

  it('requires AUTH_SECRET in production and makes an ephemeral one elsewhere', () => {
    expect(() => loadConfig({ ...valid, NODE_ENV: 'production' })).toThrow(/AUTH_SECRET: must be set in production/);
    expect(() => loadConfig({ ...valid, AUTH_SECRET: 'too-short' })).toThrow(/AUTH_SECRET: must be at least 32 characters \(the value given is not valid\)/);
    const development = loadConfig(valid);
    expect(development.auth.secretIsEphemeral).toBe(true);
    expect(development.auth.secret.length).toBeGreaterThanOrEqual(32);
    expect(development.auth.idleTimeoutMinutes).toBe(30);
    expect(development.auth.lockoutThreshold).toBe(5);
    expect(development.auth.lockoutMinutes).toBe(10);
  });

  it('keeps the development outbox out of production, and on by default elsewhere', () => {
    const production = { ...valid, NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(32) };
    expect(() => loadConfig({ ...production, DEV_OUTBOX: 'true' })).toThrow(/DEV_OUTBOX: must not be true in production/);
    expect(loadConfig(production).notifications.devOutbox).toBe(false);
    expect(loadConfig(valid).notifications).toMatchObject({ devOutbox: true, smtpUrl: null, smsQuietHours: { start: '21:00', end: '08:00' } });
    expect(() => loadConfig({ ...valid, SMTP_URL: 'http://mail' })).toThrow(/SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL \(the value given is not valid\)/);
    expect(() => loadConfig({ ...valid, SMS_QUIET_HOURS: '9pm-8am' })).toThrow(/SMS_QUIET_HOURS: must be HH:MM-HH:MM/);
  });

  it('migrates as MIGRATION_DATABASE_URL when set, else as DATABASE_URL, and never echoes it', () => {
    expect(loadConfig(valid).database.migrationUrl).toBe(valid.DATABASE_URL);
    const owner = 'postgres://owner:0wner-secret@db:5432/court';
    expect(loadConfig({ ...valid, MIGRATION_DATABASE_URL: owner }).database).toMatchObject({ url: valid.DATABASE_URL, migrationUrl: owner });
    expect(() => loadConfig({ ...valid, MIGRATION_DATABASE_URL: 'mysql://owner:0wner-secret@db' })).toThrow(/MIGRATION_DATABASE_URL: .*\(the value given is not valid\)/);
  });

  it('refuses TRUST_PROXY=true with a line saying why, and takes a hop count or a list of proxies', () => {
    expect(() => loadConfig({ ...valid, TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY: .*never "true"/);
    expect(loadConfig({ ...valid, TRUST_PROXY: '10.0.0.0/8,127.0.0.1' }).http.trustProxy).toEqual(['10.0.0.0/8', '127.0.0.1']);
    expect(loadConfig(valid).http.trustProxy).toBe(false);
  });

  it('checks the hotline with the development token outside production, and with no token (hotline off) in production unless one is set', () => {
    const development = loadConfig(valid);
    expect(development.telephony).toEqual({
      accountSid: null,
      authToken: DEVELOPMENT_TWILIO_AUTH_TOKEN,
      authTokenIsDevelopment: true,
      publicBaseUrl: 'http://localhost:3000',
    });
    const production = { ...valid, NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(32), PUBLIC_URL: 'https://court.example.org' };
    expect(loadConfig(production).telephony.authToken).toBeNull();
    const configured = loadConfig({
      ...production,
      TWILIO_ACCOUNT_SID: `AC${'0'.repeat(32)}`,
      TWILIO_AUTH_TOKEN: 't'.repeat(32),
      PUBLIC_BASE_URL: 'https://hooks.example.org',
    });
    expect(configured.telephony).toEqual({
      accountSid: `AC${'0'.repeat(32)}`,
      authToken: 't'.repeat(32),
      authTokenIsDevelopment: false,
      publicBaseUrl: 'https://hooks.example.org',
    });
    expect(() => loadConfig({ ...valid, TWILIO_AUTH_TOKEN: 'short-token-one' })).toThrow(/TWILIO_AUTH_TOKEN: .*\(the value given is not valid\)/);
    expect(() => loadConfig({ ...valid, PUBLIC_BASE_URL: 'https://hooks.example.org/' })).toThrow(/PUBLIC_BASE_URL/);
  });

  it('rejects an unknown NODE_ENV', () => {
    expect(() => loadConfig({ ...valid, NODE_ENV: 'staging' })).toThrow(/NODE_ENV/);
  });
});

describe('redactedUrl', () => {
  it('drops credentials', () => {
    expect(redactedUrl('postgres://u:secret@db:5432/court')).toBe('postgres://db:5432/court');
    expect(redactedUrl('redis://:pw@cache:6379')).toBe('redis://cache:6379');
  });
});
