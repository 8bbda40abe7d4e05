import { saidIn } from './messages.service';

describe('saidIn', () => {
  it('reads what a TwiML answer says, in order, unescaped', () => {
    expect(saidIn('<?xml version="1.0"?><Response><Gather><Say language="es-MX">Marque 1 &amp; 2</Say></Gather><Say>Adiós</Say></Response>')).toEqual(['Marque 1 & 2', 'Adiós']);
    expect(saidIn('<Response><Message>You must test today</Message></Response>')).toEqual(['You must test today']);
    expect(saidIn('<Response/>')).toEqual([]);
  });
});
