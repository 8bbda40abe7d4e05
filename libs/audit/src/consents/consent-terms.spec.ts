import { REDISCLOSURE_NOTICE, redisclosureNoticeFor, STANDARD_LAW_NAME, STANDARD_REDISCLOSURE_NOTICES } from './consent-terms';

describe('redisclosureNoticeFor', () => {
  const court = { lawName: 'Lei 11.343/2006', redisclosureNotice: 'Our own notice.', redisclosureNotices: { pt: 'Nosso aviso.' } };

  it("gives the court's text for the reader's language first, then the court's own notice, then the standard one", () => {
    expect(redisclosureNoticeFor(court, 'pt')).toEqual({ notice: 'Nosso aviso.', lawName: 'Lei 11.343/2006' });
    expect(redisclosureNoticeFor(court, 'es')).toEqual({ notice: 'Our own notice.', lawName: 'Lei 11.343/2006' });
    expect(redisclosureNoticeFor({ ...court, redisclosureNotice: null }, 'es')).toEqual({ notice: STANDARD_REDISCLOSURE_NOTICES.es, lawName: 'Lei 11.343/2006' });
  });

  it('falls back to the standard notice and law for a court it cannot find', () => {
    expect(redisclosureNoticeFor(undefined, 'en')).toEqual({ notice: REDISCLOSURE_NOTICE, lawName: STANDARD_LAW_NAME });
  });

  it('has the standard notice in every language, citing the same sections', () => {
    const citations = (text: string) => text.match(/\d+ CFR [\d.()a-z]+/g);
    expect(citations(STANDARD_REDISCLOSURE_NOTICES.es)).toEqual(citations(REDISCLOSURE_NOTICE)!.map((c) => c.replace('part', 'parte')));
    expect(citations(STANDARD_REDISCLOSURE_NOTICES.pt)).toEqual(citations(REDISCLOSURE_NOTICE)!.map((c) => c.replace('part', 'parte')));
  });
});
