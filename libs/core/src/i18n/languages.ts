import Negotiator from 'negotiator';
import { DEFAULT_LANGUAGE, Language, LANGUAGES } from '../languages';

/**
 * The best of our languages for an `Accept-Language` header (RFC 9110 §12.5.4):
 * quality values are honoured, `es-MX` is served by `es`, and a header naming
 * none of ours (or no header) gets English.
 */
export function negotiateLanguage(acceptLanguage: string | readonly string[] | undefined): Language {
  if (!acceptLanguage || acceptLanguage.length === 0) return DEFAULT_LANGUAGE;
  const best = new Negotiator({ headers: { 'accept-language': acceptLanguage } }).language([...LANGUAGES]);
  return (best as Language | undefined) ?? DEFAULT_LANGUAGE;
}
