import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createCourt, createStaff, dataSourceOf, signIn } from './support/fixtures';
import { createTestApi } from './support/test-app';
import { createTestDatabase, testConfig, TestDatabase } from './support/test-env';

const PROBLEM = 'application/problem+json';

interface FieldProblem {
  field: string;
  message: string;
}

/** Problem+json titles and details in the language of Accept-Language; type, code and fields never change. */
describe('problem languages', () => {
  let db: TestDatabase;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await createTestApi(testConfig(db.url));
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const get = (url: string, language?: string) =>
    app.inject({ method: 'GET', url, headers: language === undefined ? {} : { 'accept-language': language } });
  const post = (url: string, payload: object, language?: string) =>
    app.inject({ method: 'POST', url, payload, headers: language === undefined ? {} : { 'accept-language': language } });

  /** Everything but title, detail, the field messages and the per-request members. */
  const invariant = (body: Record<string, unknown>) => {
    const { title: _title, detail: _detail, requestId: _requestId, errors, ...rest } = body;
    return { ...rest, fields: (errors as FieldProblem[] | undefined)?.map((e) => e.field) };
  };

  it('answers an unauthenticated request in Spanish, with the type and code of the English answer', async () => {
    const english = await get('/api/v1/participants', 'en');
    const spanish = await get('/api/v1/participants', 'es');
    expect(english.statusCode).toBe(401);
    expect(spanish.statusCode).toBe(401);
    expect(spanish.headers['content-type']).toContain(PROBLEM);
    expect(english.json()).toMatchObject({ type: '/problems/unauthenticated', code: 'unauthenticated', title: 'Authentication required', detail: 'Sign in to use this route.' });
    expect(spanish.json()).toMatchObject({ type: '/problems/unauthenticated', code: 'unauthenticated', title: 'Se requiere autenticación', detail: 'Inicie sesión para usar esta ruta.' });
    expect(invariant(spanish.json())).toEqual(invariant(english.json()));
    expect(spanish.headers['www-authenticate']).toBe('Bearer');
    expect(spanish.headers['content-language']).toBe('es');
    expect(english.headers['content-language']).toBe('en');
  });

  it('answers in Portuguese likewise', async () => {
    const english = await get('/api/v1/nothing-here');
    const portuguese = await get('/api/v1/nothing-here', 'pt-BR');
    expect(portuguese.statusCode).toBe(404);
    expect(portuguese.json()).toMatchObject({
      type: '/problems/not-found',
      code: 'not-found',
      title: 'Não encontrado',
      detail: 'A rota GET /api/v1/nothing-here não existe',
      instance: '/api/v1/nothing-here',
    });
    expect(invariant(portuguese.json())).toEqual(invariant(english.json()));
    expect(portuguese.headers['content-language']).toBe('pt');
  });

  it.each([
    ['es-MX,es;q=0.9', 'es', 'No encontrado'],
    ['fr, pt;q=0.8, es;q=0.5', 'pt', 'Não encontrado'],
    ['de', 'en', 'Not found'],
    ['', 'en', 'Not found'],
    [undefined, 'en', 'Not found'],
  ])('negotiates Accept-Language %p to %s', async (header, language, title) => {
    const response = await get('/api/v1/nothing-here', header);
    expect(response.json()).toMatchObject({ code: 'not-found', title });
    expect(response.headers['content-language']).toBe(language);
    expect(String(response.headers.vary)).toMatch(/accept-language/i);
  });

  it('words a 422 validation problem in Spanish, field by field, naming the same fields', async () => {
    const payload = { name: 'a', days: 99, address: { postcode: '1', x: 1 }, admin: true };
    const english = await post('/api/v1/probe', payload);
    const spanish = await post('/api/v1/probe', payload, 'es');
    expect(spanish.statusCode).toBe(422);
    const en = english.json();
    const es = spanish.json();
    expect(invariant(es)).toEqual(invariant(en));
    expect(es).toMatchObject({ type: '/problems/validation-failed', code: 'validation-failed', status: 422, title: 'La solicitud no es válida' });
    expect(es.errors.map((e: FieldProblem) => e.field)).toEqual(en.errors.map((e: FieldProblem) => e.field));
    expect(en.errors).toEqual(
      expect.arrayContaining([
        { field: 'admin', message: 'property admin should not exist' },
        { field: 'days', message: 'days must not be greater than 30' },
        { field: 'address.postcode', message: 'postcode must be longer than or equal to 5 characters' },
      ]),
    );
    expect(es.errors).toEqual(
      expect.arrayContaining([
        { field: 'admin', message: 'la propiedad admin no está permitida' },
        { field: 'address.x', message: 'la propiedad address.x no está permitida' },
        { field: 'days', message: 'days no debe ser mayor que 30' },
        { field: 'address.postcode', message: 'address.postcode debe tener al menos 5 caracteres' },
      ]),
    );
    expect(es.detail).toBe(es.errors.map((e: FieldProblem) => `${e.field}: ${e.message}`).join('; '));
    expect(spanish.headers['content-language']).toBe('es');
  });

  it('keeps the error id of an unexpected error in the translated detail', async () => {
    const response = await get('/api/v1/probe/boom', 'pt');
    expect(response.statusCode).toBe(500);
    const body = response.json();
    expect(body).toMatchObject({ code: 'internal-error', type: '/problems/internal-error', title: 'Erro interno' });
    expect(body.detail).toBe(`Ocorreu um erro inesperado. Informe o id de erro ${body.errorId} ao relatá-lo.`);
    expect(response.body).not.toContain('secret internals');
  });

  it('words the detail of a domain 409 conflict in Spanish, keeping its values', async () => {
    const ds = dataSourceOf(app);
    const court = await createCourt(ds, 'LANG');
    await createStaff(ds, 'lang-admin', 'court_admin', court.id);
    const admin = await signIn(app, 'lang-admin');
    const url = `/api/v1/courts/${court.id}/holidays`;
    expect((await admin.post(url, { date: '2026-12-25', name: 'Navidad' })).statusCode).toBe(201);
    const english = await admin.request('POST', url, { date: '2026-12-25', name: 'Otra vez' }, { 'accept-language': 'en' });
    const spanish = await admin.request('POST', url, { date: '2026-12-25', name: 'Otra vez' }, { 'accept-language': 'es-419' });
    expect(spanish.statusCode).toBe(409);
    expect(spanish.headers['content-type']).toContain(PROBLEM);
    expect(english.json()).toMatchObject({ code: 'holiday-exists', title: 'Holiday already recorded', detail: 'The court already has a holiday on 2026-12-25.' });
    expect(spanish.json()).toMatchObject({
      type: '/problems/holiday-exists',
      code: 'holiday-exists',
      status: 409,
      title: 'Feriado ya registrado',
      detail: 'El tribunal ya tiene un feriado el 2026-12-25.',
      field: 'date',
    });
    expect(invariant(spanish.json())).toEqual(invariant(english.json()));
    expect(spanish.headers['content-language']).toBe('es');
  });

  it('translates a problem whose detail the framework wrote', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/probe',
      headers: { 'content-type': 'application/json', 'accept-language': 'es' },
      payload: '{"name": "a", "days": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'malformed-request',
      type: '/problems/malformed-request',
      title: 'No se pudo leer la solicitud',
      detail: "El cuerpo no es JSON válido, pero content-type es 'application/json'",
    });
  });
});
