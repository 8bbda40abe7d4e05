import { LANGUAGES } from '@app/core';
import { flattenCatalogue, itMatchesEnglishInEveryLanguage } from '../../../test/support/catalogue-checks';
import { HOTLINE_CATALOGUES, hotlineT } from './hotline-catalogue';

describe('the hotline catalogue', () => {
  itMatchesEnglishInEveryLanguage(HOTLINE_CATALOGUES);
  const english = flattenCatalogue(HOTLINE_CATALOGUES.en);

  it('renders every prompt in every language with its variables filled, and none left as a key', () => {
    const values = { digit: '2', minutes: 10, name: 'Site', address: '1 Main St', hours: '06:00-17:00', time: '17:00', code: 'A, B', day: 'Monday', sites: 'Site', court: 'Court', phone: '+13125550100', opens: '08:00', closes: '16:00', site: 'Site', next: 'Next opening.' };
    for (const language of LANGUAGES) {
      for (const key of english.keys()) {
        const text = hotlineT(language)(key, values);
        expect({ language, key, text }).toEqual({ language, key, text: expect.not.stringMatching(/\{\{|^voice\.|^sms\./) });
        expect(text.length).toBeGreaterThan(0);
      }
    }
  });
});
