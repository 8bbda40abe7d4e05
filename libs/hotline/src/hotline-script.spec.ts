import { nextOpening, readText, spokenCode, textAnswer, voiceAnswer } from './hotline-script';

const selected = {
  status: 'selected' as const,
  receiptCode: 'K7QM-2XDA',
  reportByLocal: '17:00',
  testingSites: [{ name: 'County Testing Center', address: '100 Main St', hours: 'Mon-Sun 06:00-17:00' }],
};

describe('the hotline script', () => {
  it('reads a receipt character by character, with a pause between its halves', () => {
    expect(spokenCode('K7QM-2XDA')).toBe('K, 7, Q, M. 2, X, D, A');
  });

  it('says "test today" with the site, its hours, the report-by time and the receipt, in the caller\'s language', () => {
    expect(voiceAnswer('en', selected)).toEqual([
      'You must test today.',
      'Go to County Testing Center, 100 Main St. Hours: Mon-Sun 06:00-17:00.',
      'Give your sample by 17:00.',
      'Your receipt code is: K, 7, Q, M. 2, X, D, A.',
    ]);
    expect(voiceAnswer('es', selected)[0]).toBe('Usted debe hacerse la prueba hoy.');
    expect(voiceAnswer('pt', selected)[2]).toBe('Entregue sua amostra até as 17:00.');
  });

  it('never says "no test" when the answer is not available', () => {
    const answer = voiceAnswer('en', { status: 'not_available', receiptCode: 'AAAA-BBBB' });
    expect(answer[0]).toMatch(/not ready yet/);
    expect(answer.join(' ')).not.toMatch(/No test/);
    expect(voiceAnswer('en', { status: 'not_selected', receiptCode: 'AAAA-BBBB' })[0]).toBe('No test today. Call again tomorrow.');
  });

  it('texts the same answer in one message', () => {
    expect(textAnswer('en', selected)).toBe(
      'TEST TODAY. Give your sample by 17:00 at: County Testing Center, 100 Main St (Mon-Sun 06:00-17:00). Receipt K7QM-2XDA.',
    );
    expect(textAnswer('es', { status: 'not_selected', receiptCode: 'AAAA-BBBB' })).toBe('Hoy no tiene prueba. Repórtese de nuevo mañana. Recibo AAAA-BBBB.');
  });

  it('tells a caller selected on a day their sites are closed that nothing is charged, and when a site opens next', () => {
    const closed = { ...selected, sitesClosed: true, nextOpening: { date: '2026-12-07', opens: '08:00', closes: '16:00', site: 'County Testing Center' } };
    expect(voiceAnswer('en', closed)).toEqual([
      'You were selected for a test today, but no testing site for you is open today. You will not be charged for today.',
      'The next opening is Monday, December 7, from 08:00 to 16:00, at County Testing Center.',
      'Your receipt code is: K, 7, Q, M. 2, X, D, A.',
    ]);
    expect(textAnswer('es', closed)).toBe(
      'Seleccionado hoy, pero hoy no abre ningún sitio de pruebas para usted: no se le imputará nada por hoy. Próxima apertura: lunes, 7 de diciembre 08:00-16:00 en County Testing Center. Recibo K7QM-2XDA.',
    );
    expect(textAnswer('en', { ...closed, nextOpening: null })).toContain('Ask your case manager when a site opens next.');
  });

  it("says when the window opens next in the court's zone and the caller's language", () => {
    const opensAt = new Date('2026-12-07T15:00:00Z');
    expect(nextOpening('en', opensAt, 'Pacific/Honolulu')).toEqual({ time: '05:00', day: 'Monday, December 7' });
    expect(nextOpening('es', opensAt, 'Pacific/Honolulu')).toEqual({ time: '05:00', day: 'lunes, 7 de diciembre' });
    expect(nextOpening('pt', opensAt, 'Pacific/Honolulu').day).toBe('segunda-feira, 7 de dezembro');
  });
});

describe('reading a text', () => {
  it.each(['STOP', 'stop', ' Stop. ', 'STOPALL', 'unsubscribe', 'CANCEL', 'END', 'QUIT'])('reads %p as STOP', (body) => {
    expect(readText(body)).toEqual({ kind: 'stop' });
  });

  it('reads START, UNSTOP and HELP', () => {
    expect(readText('start')).toEqual({ kind: 'start' });
    expect(readText('UNSTOP')).toEqual({ kind: 'start' });
    expect(readText('help')).toEqual({ kind: 'help' });
    expect(readText('Ayuda')).toEqual({ kind: 'help' });
  });

  it('reads the call-in word of each language, keeping its language', () => {
    expect(readText('TEST')).toEqual({ kind: 'test', language: 'en' });
    expect(readText('prueba')).toEqual({ kind: 'test', language: 'es' });
    expect(readText('Teste')).toEqual({ kind: 'test', language: 'pt' });
  });

  it('reads a participant number and PIN', () => {
    expect(readText('D-0001 135790')).toEqual({ kind: 'credentials', participantNumber: 'D-0001', pin: '135790' });
    expect(readText('  0001\n135790 ')).toEqual({ kind: 'credentials', participantNumber: '0001', pin: '135790' });
  });

  it('understands nothing else', () => {
    expect(readText('hello there')).toEqual({ kind: 'unknown' });
    expect(readText('D-0001 PIN')).toEqual({ kind: 'unknown' });
    expect(readText('')).toEqual({ kind: 'unknown' });
    expect(readText('please stop')).toEqual({ kind: 'unknown' });
  });
});
