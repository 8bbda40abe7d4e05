import { activity, BACKGROUND_HEADER } from './activity';
import { IDEMPOTENCY_KEY_HEADER, IdempotencyKeys } from './idempotency';
import { ApiProblem, networkProblem } from './problem';
import { TokenPair, tokens } from './tokens';

export const API_BASE = '/api/v1';

type Query = Record<string, string | number | boolean | undefined | null>;

/** The language the API should write its problem sentences in (issue of languages: Accept-Language). */
let language = 'en';
export function setApiLanguage(tag: string): void {
  language = tag;
}

function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}${path.includes('?') ? '&' : '?'}${text}` : path;
}

async function problemOf(response: Response): Promise<ApiProblem> {
  try {
    return new ApiProblem(response.status, await response.json());
  } catch {
    return new ApiProblem(response.status, { title: response.statusText, detail: `HTTP ${response.status}` });
  }
}

/** One refresh at a time: several requests failing together share it (refresh tokens work once). */
let refreshing: Promise<boolean> | null = null;
function refreshAccess(): Promise<boolean> {
  const refreshToken = tokens.refresh();
  if (!refreshToken) return Promise.resolve(false);
  refreshing ??= fetch(`${API_BASE}/auth/refresh`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ refreshToken }),
  })
    .then(async (response) => {
      if (!response.ok) return false;
      tokens.store((await response.json()) as TokenPair);
      return true;
    })
    .catch(() => false)
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

/** POSTs create records (sign-in and account activation aside, which the API keys by themselves). */
const idempotencyKeys = new IdempotencyKeys();
const takesIdempotencyKey = (method: string, path: string) => method === 'POST' && !path.startsWith('/auth/');

/** A file sent as itself (an import's CSV), not as JSON. */
export class RawBody {
  constructor(
    readonly text: string,
    readonly contentType: string,
  ) {}
}

async function send(method: string, path: string, body: unknown, accept: string, idempotencyKey?: string): Promise<Response> {
  const headers: Record<string, string> = { accept, 'accept-language': language };
  if (idempotencyKey) headers[IDEMPOTENCY_KEY_HEADER] = idempotencyKey;
  if (body instanceof RawBody) headers['content-type'] = body.contentType;
  else if (body !== undefined) headers['content-type'] = 'application/json';
  // A read nobody asked for in the last minute (a board refreshing itself) is not activity to the API's idle limit.
  if (method === 'GET' && activity.isBackground()) headers[BACKGROUND_HEADER] = '1';
  const access = tokens.access();
  if (access) headers.authorization = `Bearer ${access}`;
  try {
    const payload = body === undefined ? undefined : body instanceof RawBody ? body.text : JSON.stringify(body);
    return await fetch(`${API_BASE}${path}`, { method, headers, body: payload });
  } catch (error) {
    throw networkProblem(error);
  }
}

/**
 * Calls the API. A 401 is answered once by refreshing the sign-in and trying
 * again; a refused refresh ends the sign-in. Errors throw ApiProblem.
 */
async function request(method: string, path: string, body?: unknown, accept = 'application/json'): Promise<Response> {
  const idempotency = takesIdempotencyKey(method, path) ? idempotencyKeys.take(method, path, body) : undefined;
  let response: Response;
  try {
    response = await send(method, path, body, accept, idempotency?.key);
    if (response.status === 401 && tokens.refresh() && !path.startsWith('/auth/')) {
      if (await refreshAccess()) response = await send(method, path, body, accept, idempotency?.key);
      else tokens.clear();
    }
  } catch (error) {
    idempotency?.settle(false);
    throw error;
  }
  idempotency?.settle(true);
  if (!response.ok) throw await problemOf(response);
  return response;
}

async function json<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await request(method, path, body);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export const api = {
  get: <T>(path: string, query?: Query) => json<T>('GET', withQuery(path, query)),
  post: <T>(path: string, body: unknown = {}) => json<T>('POST', path, body),
  put: <T>(path: string, body: unknown) => json<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => json<T>('PATCH', path, body),
  /** A removal; some take a body (a withdrawal's reason). */
  delete: <T = void>(path: string, body?: unknown) => json<T>('DELETE', path, body),
  /** A document the API renders itself (a PDF), as a blob to open. */
  blob: async (path: string, accept: string): Promise<Blob> => (await request('GET', path, undefined, accept)).blob(),
  /** A page the API renders itself (the printable docket). */
  html: async (path: string): Promise<string> => (await request('GET', path, undefined, 'text/html')).text(),
  /** A list or measure as a file (`Accept: text/csv` or XLSX): the same read as the screen's, as the API streams it. */
  file: async (path: string, query: Query | undefined, accept: string): Promise<Blob> => (await request('GET', withQuery(path, query), undefined, accept)).blob(),
  /** A file sent as its own content type (an import's CSV), with the usual Idempotency-Key. */
  postFile: <T>(path: string, text: string, contentType: string) => json<T>('POST', path, new RawBody(text, contentType)),
  /** Sign-in calls: no retry, tokens stored on success. */
  signIn: async (path: '/auth/login' | '/auth/participant-login', body: unknown): Promise<void> => {
    tokens.store(await json<TokenPair>('POST', path, body));
  },
  refreshAccess,
};
