import { Transform } from 'class-transformer';
import { buildMessage, ValidateBy, ValidateIf, type ValidationOptions } from 'class-validator';
import { isValidCalendarDate, isValidTimeZone } from '../clock/court-time';
import { isLanguage, LANGUAGES } from '../languages';

/**
 * Optional in a PATCH body, but not nullable: `undefined` leaves the value as
 * it is, while `null` is validated (and refused) like any other wrong value.
 * class-validator's `@IsOptional()` would let `null` through to a NOT NULL column.
 */
export const IsOptionalNotNull = () => ValidateIf((_object, value) => value !== undefined);

/** Trims surrounding white space, so `"  "` fails `@IsNotEmpty()`. */
export const Trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** A class-validator rule for a string checked by a plain predicate. */
export function stringRule(name: string, test: (value: string) => boolean, message: string, options?: ValidationOptions) {
  return ValidateBy(
    {
      name,
      validator: {
        validate: (value) => typeof value === 'string' && test(value),
        defaultMessage: buildMessage((each) => `${each}$property ${message}`, options),
      },
    },
    options,
  );
}

export const IsTimeZone = (options?: ValidationOptions) =>
  stringRule('isTimeZone', isValidTimeZone, 'must be an IANA time zone, e.g. America/Chicago', options);

export const IsCalendarDate = (options?: ValidationOptions) =>
  stringRule('isCalendarDate', isValidCalendarDate, 'must be a calendar date YYYY-MM-DD', options);

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A non-blank text of at most `max` characters. */
const isText = (text: unknown, max: number) => typeof text === 'string' && text.trim().length > 0 && text.length <= max;

/**
 * Texts keyed by language (`{ "es": "…", "pt": "…" }`): an object whose keys
 * are among LANGUAGES and whose values are non-blank strings of at most `max`
 * characters. An empty object is allowed (nothing set for any language).
 */
export function IsTextsByLanguage(max: number, options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isTextsByLanguage',
      constraints: [max],
      validator: {
        validate: (value) => isPlainObject(value) && Object.entries(value).every(([key, text]) => isLanguage(key) && isText(text, max)),
        defaultMessage: buildMessage(
          () => `$property must be an object whose keys are ${LANGUAGES.join(', ')} and whose values are texts of 1 to ${max} characters`,
          options,
        ),
      },
    },
    options,
  );
}

/**
 * Court wording translated field by field (`{ "es": { "name": "…" } }`): an
 * object whose keys are among LANGUAGES, each an object whose keys are among
 * `fields` (name → maximum length) with non-blank strings of at most that
 * length. Empty objects are allowed (nothing translated).
 */
export function IsTranslations(fields: Readonly<Record<string, number>>, options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isTranslations',
      constraints: [fields],
      validator: {
        validate: (value) =>
          isPlainObject(value) &&
          Object.entries(value).every(
            ([language, texts]) =>
              isLanguage(language) &&
              isPlainObject(texts) &&
              Object.entries(texts).every(([field, text]) => Object.prototype.hasOwnProperty.call(fields, field) && isText(text, fields[field])),
          ),
        defaultMessage: buildMessage(
          () =>
            `$property must be an object whose keys are ${LANGUAGES.join(', ')}, each an object of ` +
            Object.entries(fields)
              .map(([field, max]) => `${field} (1 to ${max} characters)`)
              .join(', '),
          options,
        ),
      },
    },
    options,
  );
}

/** Keys in the order jsonb keeps them (shorter first, then by code point), so a stored value and a sent one compare alike. */
const jsonbKeyOrder = ([a]: [string, unknown], [b]: [string, unknown]) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);

/**
 * Trims the texts of a translations object (see IsTranslations) and orders its
 * keys as jsonb does, leaving anything else for the validator to refuse.
 */
export const TrimTranslations = () =>
  Transform(({ value }) =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? Object.fromEntries(
          Object.entries(value as Record<string, unknown>)
            .sort(jsonbKeyOrder)
            .map(([language, texts]) => [
              language,
              typeof texts === 'object' && texts !== null && !Array.isArray(texts)
                ? Object.fromEntries(
                    Object.entries(texts as Record<string, unknown>)
                      .sort(jsonbKeyOrder)
                      .map(([field, text]) => [field, typeof text === 'string' ? text.trim() : text]),
                  )
                : texts,
            ]),
        )
      : value,
  );
