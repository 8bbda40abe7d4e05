/**
 * Every screen, signed in as the role it is for, at desktop and phone
 * width, into the screenshots folder (docs/screenshots with `npm run
 * screenshots`, an ignored folder otherwise). Each visit also
 * checks the screen came up whole (its heading, no error banner) and that
 * axe-core finds no WCAG 2.1 A/AA violation on it.
 */
import { Browser, Page } from 'playwright-core';
import { accessibilityViolations, DESKTOP, launchBrowser, newPage, PHONE, screenshot, signInParticipant, signInStaff, waitForQuietNetwork } from '../support/browser';
import { RunningSystem, startSystem } from '../support/running-system';

jest.setTimeout(300_000);

let system: RunningSystem;
let browser: Browser;

beforeAll(async () => {
  [system, browser] = await Promise.all([startSystem(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

interface Shot {
  name: string;
  /** A path, or one worked out from the demo data. */
  path: string | (() => Promise<string>);
  /** The screen's main heading, to know it has loaded. */
  heading: RegExp;
}

interface Visit {
  who: { staff: string } | { participant: [string, string] };
  /** The browser's language (the sign-in page starts in it); English unless given. */
  locale?: string;
  /** The participant's own language, as they would choose it in the header (signed in, it wins over the court's and the browser's). */
  language?: string;
  shots: Shot[];
}

/** The id of a demo record, for screens whose path names one. */
const idOf = (sql: string, param: string) => async () => (await system.query<{ id: string }>(sql, [param]))[0].id;
const participant = (number: string) => idOf(`SELECT id FROM participants WHERE participant_number = $1`, number);
const program = (code: string) => idOf(`SELECT id FROM programs WHERE code = $1`, code);
const user = (username: string) => idOf(`SELECT id FROM users WHERE username = $1`, username);

const VISITS: Visit[] = [
  { who: { participant: ['DEMO', 'D-0003'] }, shots: [{ name: 'participant-today', path: '/today', heading: /^Today$/ }] },
  { who: { participant: ['DEMO', 'D-0003'] }, locale: 'es-MX', language: 'es', shots: [{ name: 'participant-today-es', path: '/today', heading: /^Hoy$/ }] },
  { who: { participant: ['DEMO', 'D-0003'] }, locale: 'pt-BR', language: 'pt', shots: [{ name: 'participant-today-pt', path: '/today', heading: /^Hoje$/ }] },
  {
    who: { staff: 'judge' },
    shots: [
      { name: 'judge-bench', path: '/bench', heading: /^Docket of/ },
      { name: 'measures', path: '/measures', heading: /^Court measures$/ },
    ],
  },
  {
    who: { staff: 'coordinator' },
    shots: [
      { name: 'coordinator-caseload', path: '/caseload', heading: /^Caseload$/ },
      { name: 'coordinator-testing-board', path: '/testing-board', heading: /^Today's testing board$/ },
      { name: 'coordinator-deadlines', path: '/deadlines', heading: /^Violation deadlines$/ },
      { name: 'coordinator-readiness', path: '/readiness', heading: /^Phase readiness$/ },
      { name: 'coordinator-participant', path: async () => `/participants/${await participant('D-0003')()}`, heading: /^Taylor Clark$/ },
    ],
  },
  {
    who: { staff: 'provider' },
    shots: [
      { name: 'provider-clients', path: '/provider/clients', heading: /^My clients$/ },
      { name: 'provider-client', path: async () => `/provider/clients/${await participant('D-0001')()}`, heading: /\(D-0001\)$/ },
      { name: 'provider-group-session', path: '/provider/group-session', heading: /^Record a group session$/ },
    ],
  },
  {
    who: { staff: 'courtadmin' },
    shots: [
      { name: 'admin-programs', path: '/administration/programs', heading: /^Programs$/ },
      { name: 'admin-program', path: async () => `/administration/programs/${await program('ATC')()}`, heading: /\(ATC\)$/ },
      { name: 'admin-catalogue', path: async () => `/administration/programs/${await program('ATC')()}/catalogue`, heading: /^Sanctions and incentives of/ },
      { name: 'admin-court', path: '/administration/court', heading: /^Court settings$/ },
      { name: 'admin-testing-sites', path: '/administration/testing-sites', heading: /^Testing sites$/ },
      { name: 'admin-provider-organisations', path: '/administration/provider-organisations', heading: /^Provider organisations$/ },
      { name: 'admin-holidays', path: '/administration/holidays', heading: /^Holidays$/ },
      { name: 'admin-users', path: '/administration/users', heading: /^Users and roles$/ },
      { name: 'admin-user', path: async () => `/administration/users/${await user('judge')()}`, heading: /^Judge Helen Ortiz$/ },
      { name: 'admin-audit', path: '/administration/audit', heading: /^Audit log$/ },
    ],
  },
];

/** A participant's own language (what PATCH /api/v1/me saves), set for one visit and cleared after it. */
async function setParticipantLanguage(who: Visit['who'], language: string | null): Promise<void> {
  if (!('participant' in who)) throw new Error('a visit with a language is a participant’s');
  await system.query(`UPDATE users u SET language = $2 FROM participants p WHERE p.user_id = u.id AND p.participant_number = $1`, [who.participant[1], language]);
}

async function signIn(page: Page, who: Visit['who']): Promise<void> {
  if ('staff' in who) await signInStaff(page, who.staff);
  else await signInParticipant(page, ...who.participant);
}

test('the sign-in page, at desktop and phone width', async () => {
  for (const [width, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
    const { context, page } = await newPage(browser, system.url, viewport);
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await screenshot(page, `sign-in-${width}`);
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  }
});

for (const visit of VISITS) {
  const label = `${'staff' in visit.who ? visit.who.staff : visit.who.participant[1]}${visit.locale ? ` (${visit.locale})` : ''}`;
  test(`screens of ${label}, at desktop and phone width`, async () => {
    if (visit.language) await setParticipantLanguage(visit.who, visit.language);
    for (const [width, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
      const { context, page } = await newPage(browser, system.url, viewport, visit.locale);
      await signIn(page, visit.who);
      for (const shot of visit.shots) {
        await page.goto(typeof shot.path === 'string' ? shot.path : await shot.path());
        await page.getByRole('heading', { level: 1, name: shot.heading }).waitFor();
        await waitForQuietNetwork(page);
        expect(await page.locator('.problem').count()).toBe(0);
        await screenshot(page, `${shot.name}-${width}`);
        expect({ screen: `${shot.name}-${width}`, violations: await accessibilityViolations(page) }).toEqual({ screen: `${shot.name}-${width}`, violations: [] });
      }
      await context.close();
    }
    if (visit.language) await setParticipantLanguage(visit.who, null);
  });
}

