import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { LightMyRequestResponse } from 'fastify';
import twilio from 'twilio';

/**
 * Plays Twilio's side of a call against the API: each webhook signed the
 * way Twilio signs it (the full URL and the form's fields, with the
 * account's auth token), each next step taken from the TwiML's own action
 * URLs, as Twilio would.
 */
export class HotlineCaller {
  constructor(
    private readonly app: NestFastifyApplication,
    private readonly baseUrl: string,
    private readonly authToken: string,
  ) {}

  post(path: string, params: Record<string, string>, options: { signature?: string | null } = {}): Promise<LightMyRequestResponse> {
    const signature = options.signature === undefined ? twilio.getExpectedTwilioSignature(this.authToken, `${this.baseUrl}${path}`, params) : options.signature;
    return this.app.inject({
      method: 'POST',
      url: path,
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...(signature === null ? {} : { 'x-twilio-signature': signature }) },
      payload: new URLSearchParams(params).toString(),
    });
  }

  /** The path (with its query) of the first action or redirect URL in a TwiML answer. */
  next(twiml: string): string {
    const match = /(?:action="([^"]+)")|(?:<Redirect[^>]*>([^<]+)<\/Redirect>)/.exec(twiml);
    if (!match) throw new Error(`no next step in ${twiml}`);
    const url = (match[1] ?? match[2]).replace(/&amp;/g, '&');
    if (!url.startsWith(this.baseUrl)) throw new Error(`${url} is not under ${this.baseUrl}`);
    return url.slice(this.baseUrl.length);
  }
}

/** What the caller hears: every <Say> of a TwiML answer, in order. */
export function spoken(twiml: string): string[] {
  return [...twiml.matchAll(/<Say[^>]*>([^<]*)<\/Say>/g)].map((m) => unescapeXml(m[1]));
}

/** The text of every <Message> of a messaging TwiML answer. */
export function texted(twiml: string): string[] {
  return [...twiml.matchAll(/<Message[^>]*>([^<]*)<\/Message>/g)].map((m) => unescapeXml(m[1]));
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
