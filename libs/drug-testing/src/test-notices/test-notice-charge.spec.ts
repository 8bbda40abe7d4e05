import { missedTestCharge, type MissedTestFacts } from './test-notice-charge';

const byText = (facts: Partial<MissedTestFacts>): MissedTestFacts => ({ toldByText: true, told: null, calledIn: false, textStatus: null, outage: false, ...facts });
const byCall = (facts: Partial<MissedTestFacts>): MissedTestFacts => ({ ...byText(facts), toldByText: false, ...facts });

describe('missedTestCharge', () => {
  it.each(['sent', 'delivered'])('charges a text program participant whose text was %s', (textStatus) => {
    expect(missedTestCharge(byText({ textStatus }))).toEqual({ charge: true });
  });

  it.each([
    [null, 'no-text-number'],
    ['suppressed', 'no-text-number'],
    ['failed', 'text-not-delivered'],
    ['undelivered', 'text-not-delivered'],
    ['queued', 'text-not-delivered'],
  ])('does not charge one whose text is %s, and says why (%s)', (textStatus, reason) => {
    expect(missedTestCharge(byText({ textStatus }))).toEqual({ charge: false, notCharged: reason });
  });

  it('charges anyone a call-in told to test, text or not, and no one it told "no test"', () => {
    expect(missedTestCharge(byText({ told: true, calledIn: true }))).toEqual({ charge: true });
    expect(missedTestCharge(byCall({ told: true, calledIn: true, outage: true }))).toEqual({ charge: true });
    expect(missedTestCharge(byText({ told: false, calledIn: true, textStatus: 'sent' }))).toEqual({ charge: false, notCharged: null });
  });

  it('keeps the call-in rule: silence charged, unless an outage overlapped the window or the answer was not available', () => {
    expect(missedTestCharge(byCall({}))).toEqual({ charge: true });
    expect(missedTestCharge(byCall({ outage: true }))).toEqual({ charge: false, notCharged: null });
    expect(missedTestCharge(byCall({ calledIn: true, told: null }))).toEqual({ charge: false, notCharged: null });
  });
});
