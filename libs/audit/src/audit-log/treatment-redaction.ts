/**
 * Treatment facts (42 CFR Part 2) kept out of audit `details` for readers
 * without treatment access, such as a court administrator searching the log.
 * The writers already record field names rather than values; this is the
 * second line, for rows written before that and for any writer that slips.
 */

/** Entity types whose rows are about treatment information. */
export const TREATMENT_ENTITY_TYPES: ReadonlySet<string> = new Set([
  'treatment_attendance',
  'treatment_progress_report',
  'treatment_note',
  'treatment_information',
  'provider_referral',
]);

export function isTreatmentEvent(event: { action: string; entityType: string }): boolean {
  return TREATMENT_ENTITY_TYPES.has(event.entityType) || event.action.startsWith('treatment');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Members that name things (fields, kinds of information) rather than state facts. */
const NAMING_KEYS = new Set(['changedFields', 'information']);

const isIdOrCount = (value: unknown): boolean =>
  value === null || typeof value === 'number' || typeof value === 'boolean' || (typeof value === 'string' && UUID.test(value));

/**
 * Keeps ids, counts and the names of changed fields; a `changes` map
 * becomes its field names; every other member is dropped and named in
 * `withheld`, so the reader knows something was there.
 */
export function redactTreatmentDetails(details: Record<string, unknown> | null): Record<string, unknown> | null {
  if (!details) return details;
  const kept: Record<string, unknown> = {};
  const withheld: string[] = [];
  for (const [key, value] of Object.entries(details)) {
    if (key === 'withheld') continue;
    if (key === 'changes' && value && typeof value === 'object' && !Array.isArray(value)) {
      kept.changedFields = Object.keys(value);
    } else if (NAMING_KEYS.has(key) && Array.isArray(value) && value.every((v) => typeof v === 'string' && /^[A-Za-z_]+$/.test(v))) {
      kept[key] = value;
    } else if (isIdOrCount(value) || (Array.isArray(value) && value.every(isIdOrCount))) {
      kept[key] = value;
    } else {
      withheld.push(key);
    }
  }
  return withheld.length > 0 ? { ...kept, withheld } : kept;
}
