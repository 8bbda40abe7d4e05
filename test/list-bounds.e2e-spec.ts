import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiClient, createCourt, createStaff, CourtFixture, dataSourceOf, expectProblem, fieldsOf, signIn } from './support/fixtures';
import { createTestApi } from './support/test-app';
import { createTestDatabase, testConfig, TestDatabase } from './support/test-env';

/**
 * Every list has a deepest page and a largest page, and every date range a
 * longest span, answered 422 problem+json naming the field: a page number
 * such as 1e300 (an integer to the validator) once reached the database as
 * an offset and answered 500.
 */
describe('bounded lists and date ranges', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;
  let court: CourtFixture;
  let coordinator: ApiClient;
  let courtAdmin: ApiClient;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApi(testConfig(db.url));
    const ds = dataSourceOf(app);
    court = await createCourt(ds, 'ALPHA');
    await createStaff(ds, 'coord', 'coordinator', court.id);
    await createStaff(ds, 'cadmin', 'court_admin', court.id);
    [coordinator, courtAdmin] = await Promise.all([signIn(app, 'coord'), signIn(app, 'cadmin')]);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  describe('pages', () => {
    it.each([
      ['page=1e300', 'page'],
      ['page=10001', 'page'],
      ['page=0', 'page'],
      ['pageSize=1e300', 'pageSize'],
      ['pageSize=201', 'pageSize'],
    ])('refuses the caseload with ?%s as 422 naming %s', async (query, field) => {
      const response = await coordinator.get(`/api/v1/participants?${query}`);
      expectProblem(response, 422, 'validation-failed');
      expect(fieldsOf(response)).toEqual([field]);
    });

    it('answers the deepest and the largest page', async () => {
      const response = await coordinator.get('/api/v1/participants?page=10000&pageSize=200');
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ items: [], page: 10000, pageSize: 200 });
    });

    it.each(['limit=1e300', 'limit=201', 'before=1e300'])('refuses the audit log with ?%s as 422', async (query) => {
      expectProblem(await courtAdmin.get(`/api/v1/audit-events?${query}`), 422, 'validation-failed');
    });
  });

  describe('date ranges', () => {
    it('refuses an audit search over more than 366 days, and answers one of 366 days', async () => {
      const tooLong = await courtAdmin.get('/api/v1/audit-events?from=2025-01-01T00:00:00Z&to=2026-01-02T00:00:01Z');
      expectProblem(tooLong, 422, 'validation-failed');
      expect(fieldsOf(tooLong)).toEqual(['to']);
      expect((await courtAdmin.get('/api/v1/audit-events?from=2025-01-01T00:00:00Z&to=2026-01-02T00:00:00Z')).statusCode).toBe(200);
    });

    // Measures count `from` to `to` inclusive, at most 366 days; the calendar lists up to 366 days after `from`.
    it.each([
      ['swiftness', (id: string) => `/api/v1/courts/${id}/measures/swiftness`, '2026-01-01'],
      ['phase measures', (id: string) => `/api/v1/courts/${id}/measures/phases`, '2026-01-01'],
      ['testing fidelity', (id: string) => `/api/v1/courts/${id}/measures/testing-fidelity`, '2026-01-01'],
      ['court calendar', (id: string) => `/api/v1/courts/${id}/court-sessions`, '2026-01-02'],
    ])('refuses the %s past its longest span', async (_what, path, longestTo) => {
      const dayAfter = new Date(Date.parse(`${longestTo}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      const response = await coordinator.get(`${path(court.id)}?from=2025-01-01&to=${dayAfter}`);
      expectProblem(response, 422, 'validation-failed');
      expect(fieldsOf(response)).toEqual(['to']);
      expect((await coordinator.get(`${path(court.id)}?from=2025-01-01&to=${longestTo}`)).statusCode).toBe(200);
    });
  });
});
