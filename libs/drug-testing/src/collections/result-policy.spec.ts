import { collectionViolation, countingResults, type PolicyResult } from './result-policy';

const DEFAULT = ['positive', 'dilute', 'adulterated', 'substituted', 'refused', 'missed'];
const ALL = [...DEFAULT, 'invalid'];

let next = 0;
function result(outcome: PolicyResult['outcome'], changes: Partial<PolicyResult> = {}): PolicyResult {
  next += 1;
  return { id: `r${next}`, outcome, method: 'screen', supersedesId: null, overturned: false, admitted: false, contestedAt: null, ...changes };
}
const confirmation = (screen: PolicyResult, outcome: 'positive' | 'negative') => result(outcome, { method: 'confirmation', supersedesId: screen.id });

describe('result policy', () => {
  it('never counts negatives', () => {
    expect(collectionViolation([result('negative'), result('negative')], ALL)).toBeNull();
  });

  it('does not count a positive screen until it is admitted or confirmed', () => {
    const screen = result('positive');
    expect(collectionViolation([screen], DEFAULT)).toBeNull();
    expect(collectionViolation([{ ...screen, admitted: true }], DEFAULT)).toEqual({ kind: 'positive_test', resultIds: [screen.id] });
  });

  it('counts a positive confirmation instead of the screen it supersedes', () => {
    const screen = result('positive');
    const confirmed = confirmation(screen, 'positive');
    expect(collectionViolation([screen, confirmed], DEFAULT)).toEqual({ kind: 'positive_test', resultIds: [confirmed.id] });
  });

  it('never counts a contested positive screen that no confirmation has settled, even admitted', () => {
    const contested = result('positive', { contestedAt: new Date('2026-11-23T15:00:00Z') });
    expect(collectionViolation([contested], DEFAULT)).toBeNull();
    expect(collectionViolation([{ ...contested, admitted: true }], DEFAULT)).toBeNull();
    const confirmed = confirmation(contested, 'positive');
    expect(collectionViolation([contested, confirmed], DEFAULT)?.resultIds).toEqual([confirmed.id]);
  });

  it('drops a screen a negative confirmation overturned, admitted or not', () => {
    const screen = result('positive', { admitted: true, overturned: true });
    expect(collectionViolation([screen, confirmation(screen, 'negative')], DEFAULT)).toBeNull();
  });

  it('ignores a superseded screen even when it is not marked overturned', () => {
    const screen = result('positive', { admitted: true });
    expect(countingResults([screen, confirmation(screen, 'negative')], DEFAULT)).toEqual([]);
  });

  it('counts specimen outcomes at once, when the program lists them', () => {
    const dilute = result('dilute');
    expect(collectionViolation([dilute], DEFAULT)).toEqual({ kind: 'dilute_test', resultIds: [dilute.id] });
    expect(collectionViolation([dilute], ['positive', 'refused'])).toBeNull();
    expect(collectionViolation([result('invalid')], DEFAULT)).toBeNull();
    expect(collectionViolation([result('invalid')], ALL)?.kind).toBe('invalid_test');
  });

  it('counts nothing for a program that lists no outcome', () => {
    expect(collectionViolation([result('refused'), result('positive', { admitted: true })], [])).toBeNull();
  });

  it('names the most serious kind and every result that counts', () => {
    const dilute = result('dilute');
    const positive = result('positive', { admitted: true });
    const adulterated = result('adulterated');
    expect(collectionViolation([dilute, positive], ALL)).toEqual({ kind: 'positive_test', resultIds: [dilute.id, positive.id] });
    expect(collectionViolation([dilute, positive, adulterated], ALL)?.kind).toBe('adulterated_test');
    expect(collectionViolation([dilute, result('substituted'), adulterated], ALL)?.kind).toBe('substituted_test');
    expect(collectionViolation([result('refused'), result('substituted')], ALL)?.kind).toBe('refused_test');
    expect(collectionViolation([result('invalid'), dilute], ALL)?.kind).toBe('dilute_test');
  });

  it('leaves missed tests to the reporting deadline', () => {
    expect(collectionViolation([result('missed')], ALL)).toBeNull();
  });
});
