import { itMatchesEnglishInEveryLanguage } from '../../../../test/support/catalogue-checks';
import { DOCKET_CATALOGUES, docketT } from './docket-catalogue';

describe('the docket catalogue', () => {
  itMatchesEnglishInEveryLanguage(DOCKET_CATALOGUES);

  it('chooses plural forms by the language', () => {
    expect(docketT('en')('entry.daysInPhase', { count: 1 })).toBe('1 day in phase');
    expect(docketT('es')('entry.daysInPhase', { count: 2 })).toBe('2 días en la fase');
    expect(docketT('pt')('entry.daysInPhase', { count: 1 })).toBe('1 dia na fase');
  });
});
