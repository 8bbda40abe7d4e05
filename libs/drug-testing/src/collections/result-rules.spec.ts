import { checkResults, type RecordedResult } from './result-rules';

const screen = (id: string, changes: Partial<RecordedResult> = {}): RecordedResult => ({
  id,
  method: 'screen',
  outcome: 'positive',
  substance: 'cocaine',
  supersedesId: null,
  ...changes,
});
const fields = (problems: Array<{ field: string }>) => problems.map((p) => p.field);

describe('result rules', () => {
  it('accepts a panel of screens and specimen outcomes', () => {
    const checked = checkResults('screen', [{ outcome: 'positive', substance: 'thc', admitted: true }, { outcome: 'negative' }, { outcome: 'dilute' }], []);
    expect(checked.problems).toEqual([]);
    expect(checked.resolved).toEqual([
      { substance: 'thc', outcome: 'positive', admitted: true, supersedesId: null },
      { substance: null, outcome: 'negative', admitted: false, supersedesId: null },
      { substance: null, outcome: 'dilute', admitted: false, supersedesId: null },
    ]);
  });

  it('names each wrong combination of substance and outcome', () => {
    const { problems } = checkResults(
      'screen',
      [{ outcome: 'positive' }, { outcome: 'refused', substance: 'thc' }, { outcome: 'missed' }, { outcome: 'negative', admitted: true }],
      [],
    );
    expect(fields(problems)).toEqual(['results.0.substance', 'results.1.substance', 'results.2.outcome', 'results.3.admitted']);
  });

  it('refuses a supersedesId on a screen', () => {
    expect(fields(checkResults('screen', [{ outcome: 'negative', supersedesId: 's1' }], [screen('s1')]).problems)).toEqual(['results.0.supersedesId']);
  });

  it('needs a confirmation to settle an unsettled screen of the same collection and substance', () => {
    const recorded = [screen('s1'), screen('s2', { substance: 'thc' }), screen('s3', { outcome: 'dilute', substance: null }), screen('c0', { method: 'confirmation' })];
    const { problems } = checkResults(
      'confirmation',
      [
        { outcome: 'positive' },
        { outcome: 'positive', supersedesId: 'elsewhere' },
        { outcome: 'negative', supersedesId: 's2', substance: 'cocaine' },
        { outcome: 'dilute', supersedesId: 's1' },
        { outcome: 'negative', supersedesId: 's3' },
        { outcome: 'negative', supersedesId: 'c0' },
      ],
      recorded,
    );
    expect(fields(problems)).toEqual([
      'results.0.supersedesId',
      'results.1.supersedesId',
      'results.2.substance',
      'results.3.outcome',
      'results.4.supersedesId',
      'results.5.supersedesId',
    ]);
  });

  it("takes the screen's substance, and settles a screen only once", () => {
    const recorded = [screen('s1'), screen('s2', { substance: 'thc' }), { ...screen('c1', { method: 'confirmation', supersedesId: 's2' }) }];
    const ok = checkResults('confirmation', [{ outcome: 'negative', supersedesId: 's1' }], recorded);
    expect(ok).toEqual({ problems: [], resolved: [{ substance: 'cocaine', outcome: 'negative', admitted: false, supersedesId: 's1' }] });
    expect(fields(checkResults('confirmation', [{ outcome: 'positive', supersedesId: 's2' }], recorded).problems)).toEqual(['results.0.supersedesId']);
    const twice = checkResults('confirmation', [{ outcome: 'positive', supersedesId: 's1' }, { outcome: 'negative', supersedesId: 's1' }], recorded);
    expect(fields(twice.problems)).toEqual(['results.1.supersedesId']);
  });
});
