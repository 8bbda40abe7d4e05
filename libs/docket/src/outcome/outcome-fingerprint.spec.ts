import { canonicalJson, outcomeFingerprint } from './outcome-fingerprint';

describe('outcome fingerprint', () => {
  it('is the same for the same request whatever the key order, and leaves out absent fields', () => {
    const a = { attendance: 'appeared', responses: [{ catalogueEntryId: 'x', amount: 2 }], notes: undefined };
    const b = { responses: [{ amount: 2, catalogueEntryId: 'x' }], attendance: 'appeared' };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(outcomeFingerprint(a)).toBe(outcomeFingerprint(b));
    expect(outcomeFingerprint(a)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('differs when anything the court ordered differs, including the order of responses', () => {
    const base = { attendance: 'appeared', responses: [{ catalogueEntryId: 'x' }, { catalogueEntryId: 'y' }] };
    expect(outcomeFingerprint(base)).not.toBe(outcomeFingerprint({ ...base, attendance: 'excused' }));
    expect(outcomeFingerprint(base)).not.toBe(outcomeFingerprint({ ...base, responses: [...base.responses].reverse() }));
    expect(outcomeFingerprint(base)).not.toBe(outcomeFingerprint({ ...base, notes: 'x' }));
  });
});
