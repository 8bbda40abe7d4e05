import helmet from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * helmet's security headers, computed once at start-up. (@fastify/helmet
 * rebuilds helmet's middleware on every request, which cost a third of the
 * API's throughput in `npm run bench`; the headers never change, so they are
 * worked out once here and copied onto each reply.)
 */
export function securityHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string | number | string[]) => {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  } as unknown as ServerResponse;
  helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Inline styles only (the Swagger UI at /api/docs has <style> blocks, React sets style attributes).
        styleSrc: ["'self'", "'unsafe-inline'"],
        // Scripts only from files of this origin: the web application's index.html and the Swagger UI
        // load theirs with <script src> (Vite's module-preload polyfill is off, so nothing is inlined),
        // and an injected <script> or on* attribute never runs.
        scriptSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
      },
    },
  })({} as IncomingMessage, response, () => undefined);
  return headers;
}
