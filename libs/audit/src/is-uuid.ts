const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a string is a UUID, checked before it reaches a `uuid` parameter (which would fail the query). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
