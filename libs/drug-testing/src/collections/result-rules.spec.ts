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
/** What every confirmation names: its laboratory and technique (and a positive, its level). */
const lab = { lab: 'County Lab', technique: 'lc_ms' as const, levelNgMl: 120 };
const read = { levelNgMl: null, lab: null, technique: null };

describe('result rules', () => {
  it('accepts a panel of screens and specimen outcomes', () => {
    const checked = checkResults('screen', [{ outcome: 'positive', substance: 'thc', admitted: true }, { outcome: 'negative' }, { outcome: 'dilute' }], []);
    expect(checked.problems).toEqual([]);
    expect(checked.resolved).toEqual([
      { substance: 'thc', outcome: 'positive', admitted: true, supersedesId: null, ...read },
      { substance: null, outcome: 'negative', admitted: false, supersedesId: null, ...read },
      { substance: null, outcome: 'dilute', admitted: false, supersedesId: null, ...read },
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

  it('needs a laboratory, a technique and, on a positive, a level for a confirmation, and none of them on a screen', () => {
    const recorded = [screen('s1')];
    expect(fields(checkResults('confirmation', [{ outcome: 'positive', supersedesId: 's1' }], recorded).problems)).toEqual([
      'results.0.lab',
      'results.0.technique',
      'results.0.levelNgMl',
    ]);
    expect(checkResults('confirmation', [{ outcome: 'negative', supersedesId: 's1', lab: 'County Lab', technique: 'gc_ms' }], recorded).problems).toEqual([]);
    expect(fields(checkResults('screen', [{ outcome: 'dilute', levelNgMl: 3, lab: 'County Lab', technique: 'gc_ms' }], []).problems)).toEqual([
      'results.0.lab',
      'results.0.technique',
      'results.0.levelNgMl',
    ]);
  });

  it('refuses a supersedesId on a screen', () => {
    expect(fields(checkResults('screen', [{ outcome: 'negative', supersedesId: 's1' }], [screen('s1')]).problems)).toEqual(['results.0.supersedesId']);
  });

  it('needs a confirmation to settle an unsettled screen of the same collection and substance', () => {
    const recorded = [screen('s1'), screen('s2', { substance: 'thc' }), screen('s3', { outcome: 'dilute', substance: null }), screen('c0', { method: 'confirmation' })];
    const { problems } = checkResults(
      'confirmation',
      [
        { outcome: 'positive', ...lab },
        { outcome: 'positive', supersedesId: 'elsewhere', ...lab },
        { outcome: 'negative', supersedesId: 's2', substance: 'cocaine', ...lab },
        { outcome: 'dilute', supersedesId: 's1', ...lab, levelNgMl: null },
        { outcome: 'negative', supersedesId: 's3', ...lab },
        { outcome: 'negative', supersedesId: 'c0', ...lab },
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
    const ok = checkResults('confirmation', [{ outcome: 'negative', supersedesId: 's1', ...lab }], recorded);
    expect(ok).toEqual({
      problems: [],
      resolved: [{ substance: 'cocaine', outcome: 'negative', admitted: false, supersedesId: 's1', levelNgMl: 120, lab: 'County Lab', technique: 'lc_ms' }],
    });
    expect(fields(checkResults('confirmation', [{ outcome: 'positive', supersedesId: 's2', ...lab }], recorded).problems)).toEqual(['results.0.supersedesId']);
    const twice = checkResults('confirmation', [{ outcome: 'positive', supersedesId: 's1', ...lab }, { outcome: 'negative', supersedesId: 's1', ...lab }], recorded);
    expect(fields(twice.problems)).toEqual(['results.1.supersedesId']);
  });
});
