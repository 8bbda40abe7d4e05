/**
 * `npm run hotline:demo`: plays a call to the demo hotline against the
 * running system (`npm start`), signing each webhook as Twilio would with
 * the development auth token, and prints what the caller would hear.
 *
 *   npm run hotline:demo                            a call to DEMO in Spanish, as D-0001 from an unregistered phone
 *   npm run hotline:demo -- --language en --from +13125550101   from D-0001's registered phone: only the PIN is asked
 *   npm run hotline:demo -- --participant H-0002 --to +18085550100   the HOPE court (window 05:00-09:00 Honolulu)
 *   npm run hotline:demo -- --text TEST --from +13125550101          a text call-in instead of a call
 *
 * TWILIO_AUTH_TOKEN and PUBLIC_BASE_URL (else http://localhost:PORT) are read
 * as the API reads them, so the signatures match.
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import twilio from 'twilio';
import { DEVELOPMENT_TWILIO_AUTH_TOKEN } from '../libs/core/src/config/app-config';

const { values } = parseArgs({
  options: {
    to: { type: 'string', default: '+13125550100' },
    from: { type: 'string', default: '+13125550142' },
    language: { type: 'string', default: 'es' },
    participant: { type: 'string', default: 'D-0001' },
    pin: { type: 'string', default: '135790' },
    text: { type: 'string' },
  },
});

const env = process.env;
const baseUrl = env.PUBLIC_BASE_URL ?? env.PUBLIC_URL ?? `http://localhost:${env.PORT ?? 3000}`;
const authToken = env.TWILIO_AUTH_TOKEN ?? DEVELOPMENT_TWILIO_AUTH_TOKEN;
const LANGUAGE_KEYS: Record<string, string> = { en: '1', es: '2', pt: '3' };

async function post(url: string, params: Record<string, string>): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-twilio-signature': twilio.getExpectedTwilioSignature(authToken, url, params),
    },
    body: new URLSearchParams(params),
  });
  const body = await response.text();
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${body}`);
  return body;
}

const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const said = (twiml: string) => [...twiml.matchAll(/<Say[^>]*>([^<]*)<\/Say>/g)].map((m) => unescape(m[1]));
const nextUrl = (twiml: string) => {
  const match = /action="([^"]+)"/.exec(twiml);
  return match ? unescape(match[1]) : null;
};
const print = (lines: string[]) => lines.forEach((line) => console.log(`    “${line}”`));

async function call(): Promise<void> {
  const callSid = `CA${randomBytes(16).toString('hex')}`;
  const base = { CallSid: callSid, From: values.from, To: values.to };
  console.log(`Calling ${values.to} from ${values.from} (CallSid ${callSid}), signed as Twilio would, against ${baseUrl}\n`);
  let twiml = await post(`${baseUrl}/api/v1/hotline/voice`, base);
  console.log('  The hotline answers:');
  print(said(twiml));
  const steps: Array<[string, string]> = [[LANGUAGE_KEYS[values.language] ?? '1', `presses ${LANGUAGE_KEYS[values.language] ?? '1'}`]];
  let started = Date.now();
  for (;;) {
    const url = nextUrl(twiml);
    if (!url) break;
    const path = new URL(url).pathname;
    let digits: string;
    if (path.endsWith('/voice/language')) digits = steps[0][0];
    else if (path.endsWith('/voice/number')) digits = values.participant.replace(/\D/g, '');
    else if (path.endsWith('/voice/pin')) digits = values.pin;
    else if (path.endsWith('/voice/repeat')) break;
    else break;
    const what = path.endsWith('/voice/language') ? steps[0][1] : path.endsWith('/voice/number') ? `keys ${digits}#` : 'keys the PIN and #';
    console.log(`\n  The caller ${what}:`);
    started = Date.now();
    twiml = await post(url, { ...base, Digits: digits });
    print(said(twiml));
  }
  console.log(`\n  (last step answered in ${Date.now() - started} ms; the caller hangs up)`);
  await post(`${baseUrl}/api/v1/hotline/voice/status`, { ...base, CallStatus: 'completed', CallDuration: '42' });
  console.log('\nStaff see the call on the participant\'s page and on the testing board (numbers masked).');
}

async function text(body: string): Promise<void> {
  const messageSid = `SM${randomBytes(16).toString('hex')}`;
  console.log(`Texting "${body}" to ${values.to} from ${values.from}, signed as Twilio would, against ${baseUrl}\n`);
  const twiml = await post(`${baseUrl}/api/v1/hotline/sms`, { MessageSid: messageSid, From: values.from, To: values.to, Body: body });
  const replies = [...twiml.matchAll(/<Message[^>]*>([^<]*)<\/Message>/g)].map((m) => unescape(m[1]));
  console.log(replies.length > 0 ? `  The reply:\n    “${replies.join('”\n    “')}”` : '  No reply (the number replied STOP).');
}

(values.text ? text(values.text) : call()).catch((error: Error) => {
  console.error(`${error.message}\nIs the system running (npm start)?`);
  process.exit(1);
});
