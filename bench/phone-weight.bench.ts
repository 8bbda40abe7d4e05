import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Client } from 'pg';
import { chromium, Page } from 'playwright-core';
import { freePort } from '../tools/services/free-port';
import { ensureSystemProgram } from '../tools/services/system-package';
import type { BenchStack, Figure } from './harness';

/**
 * The weight of a participant's first visit on a prepaid phone: every script
 * the browser downloads, counted in a real browser (Debian's Chromium) at a
 * phone's width, from opening the sign-in page until the participant's own
 * page is shown and the network is quiet. That is the entry, the chunks it
 * imports, the module preloads, the catalogues and anything the pages import
 * on the way, whatever the build decides to split. Each script is counted
 * gzipped (as a server or proxy that compresses sends it) and once (the
 * browser keeps what it fetched for the sign-in page). A phone in each of
 * the three languages visits; the heaviest visit is the figure. Target: at
 * most 100 KB, against the whole bundle's script as the baseline.
 */
const ROOT = resolve(__dirname, '..');
const WEB = resolve(ROOT, 'web');
const TARGET_BYTES = 100 * 1024;
const PHONE = { width: 390, height: 844 };
const LOCALES = ['en-US', 'es-US', 'pt-BR'];
/** The demo participant (README: demo logins), signed in the way a participant signs in. */
const DEMO = { court: 'DEMO', participantNumber: 'D-0001', pin: '135790' };

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
const gzipped = (bytes: Buffer) => gzipSync(bytes).length;

interface Visit {
  locale: string;
  /** Script file name → gzipped bytes, in the order the browser asked for them. */
  scripts: Map<string, number>;
  signInPage: number;
}

/**
 * The system as `npm start` runs it (migrations, demo seed, API serving the
 * built application, worker) on a database of its own in the bench's
 * Postgres: the demo seed only fills an empty database.
 */
async function startSystem(stack: BenchStack): Promise<{ url: string; stop: () => Promise<void> }> {
  const database = `phone_weight_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: stack.databaseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const databaseUrl = new URL(stack.databaseUrl);
  databaseUrl.pathname = `/${database}`;
  const port = await freePort();
  const child = spawn(process.execPath, ['dist/tools/start.js'], {
    cwd: resolve(ROOT, '..'),
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'development',
      DATABASE_URL: databaseUrl.toString(),
      REDIS_URL: stack.redisUrl,
      QUEUE_PREFIX: database,
      PORT: String(port),
      HOST: '127.0.0.1',
      AUTH_SECRET: randomBytes(32).toString('base64url'),
      LOG_LEVEL: 'warn',
      // Three sign-ins of one demo account from one address.
      AUTH_SIGN_IN_PER_MINUTE_PER_ACCOUNT: '1000',
    },
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      const kill = setTimeout(() => child.kill('SIGKILL'), 25_000);
      child.once('exit', () => {
        clearTimeout(kill);
        done();
      });
      child.kill('SIGTERM');
    });
    const cleanup = new Client({ connectionString: stack.databaseUrl });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await cleanup.end();
  };
  try {
    await waitForStart(child, url);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}

/** Waits until the API answers: the launcher starts it only once the database is migrated and seeded. */
async function waitForStart(child: ChildProcess, url: string): Promise<void> {
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk).slice(-20_000));
  // Drained all along, so the pipes never fill and block the system.
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`phone-weight: the system exited (code ${child.exitCode}) during start-up:\n${output.slice(-4000)}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`phone-weight: the system did not start within 300 s:\n${output.slice(-4000)}`);
}

/** Waits until no request has been open, started or ended for `quietMs`: the page has everything it asked for. */
function quietNetwork(page: Page): (quietMs?: number) => Promise<void> {
  const open = new Set<unknown>();
  let last = Date.now();
  page.on('request', (request) => {
    open.add(request);
    last = Date.now();
  });
  const settled = (request: unknown) => {
    open.delete(request);
    last = Date.now();
  };
  page.on('requestfinished', settled);
  page.on('requestfailed', settled);
  return async (quietMs = 1000) => {
    const deadline = Date.now() + 30_000;
    while (open.size > 0 || Date.now() - last < quietMs) {
      if (Date.now() > deadline) throw new Error(`phone-weight: the network did not go quiet (${open.size} requests open)`);
      await page.waitForTimeout(50);
    }
  };
}

async function visit(browserUrl: string, locale: string, browser: Awaited<ReturnType<typeof chromium.launch>>): Promise<Visit> {
  const context = await browser.newContext({ baseURL: browserUrl, viewport: PHONE, locale, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    const scripts = new Map<string, number>();
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      const type = response.headers()['content-type'] ?? '';
      if (!type.includes('javascript')) return;
      const name = new URL(response.url()).pathname.replace(/^\/assets\//, '');
      pending.push(
        response.body().then((body) => {
          if (!scripts.has(name)) scripts.set(name, gzipped(body));
        }),
      );
    });
    const quiet = quietNetwork(page);

    await page.goto('/sign-in');
    await page.locator('input[name=username]').waitFor();
    await quiet();
    await Promise.all(pending);
    const signInPage = [...scripts.values()].reduce((sum, bytes) => sum + bytes, 0);

    // The participant's tab and form, found by the API's field names so this works in every language.
    await page.getByRole('tab').nth(1).click();
    await page.locator('input[name=court]').fill(DEMO.court);
    await page.locator('input[name=participantNumber]').fill(DEMO.participantNumber);
    await page.locator('input[name=pin]').fill(DEMO.pin);
    await page.locator('form button[type=submit]').click();
    await page.waitForURL(/\/today$/);
    await page.locator('main h1').waitFor();
    await quiet();
    await Promise.all(pending);
    return { locale, scripts, signInPage };
  } finally {
    await context.close();
  }
}

export async function phoneWeightFigures(stack: BenchStack): Promise<Figure[]> {
  const assets = readdirSync(resolve(WEB, 'assets'));
  const whole = assets.filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + gzipped(readFileSync(resolve(WEB, 'assets', f))), 0);
  const executablePath = ensureSystemProgram({
    commands: ['chromium', 'chromium-browser'],
    debianPackage: 'chromium',
    howToInstall: 'Chromium is not installed: the phone-weight bench loads the pages in it (`sudo apt-get install chromium` on Debian/Ubuntu).',
  });
  const system = await startSystem(stack);
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const visits: Visit[] = [];
  try {
    for (const locale of LOCALES) visits.push(await visit(system.url, locale, browser));
  } finally {
    await browser.close();
    await system.stop();
  }
  const total = (v: Visit) => [...v.scripts.values()].reduce((sum, bytes) => sum + bytes, 0);
  const heaviest = visits.reduce((a, b) => (total(b) > total(a) ? b : a));
  const value = total(heaviest);
  const chunks = [...heaviest.scripts].map(([name, bytes]) => `${name} ${kb(bytes)}`).join(', ');
  return [
    {
      name: "participant's first load, gzipped script",
      value: kb(value),
      unit: 'KB',
      baselineName: 'whole bundle',
      baseline: kb(whole),
      ratio: whole / value,
      target: `≤ ${kb(TARGET_BYTES)} KB`,
      met: value <= TARGET_BYTES,
      notes:
        `a phone (${PHONE.width} px) in ${heaviest.locale}, the heaviest of ${visits.map((v) => `${v.locale} ${kb(total(v))}`).join(', ')} KB; ` +
        `sign-in page ${kb(heaviest.signInPage)} KB, then the participant's page; ${heaviest.scripts.size} scripts (KB): ${chunks}`,
    },
  ];
}
