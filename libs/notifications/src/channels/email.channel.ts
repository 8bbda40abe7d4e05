import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@app/core';
import nodemailer, { type Transporter } from 'nodemailer';

export interface EmailToSend {
  id: string;
  address: string;
  subject: string | null;
  body: string;
}

/** Gives up on a relay that does not answer, so a retry (not a hung job) follows. */
const SMTP_TIMEOUT_MS = 15_000;

/** Pooled connections to the relay from SMTP_URL (`smtps:` is TLS from the start; `smtp:` upgrades with STARTTLS when offered). */
export function smtpOptions(url: string) {
  const u = new URL(url);
  const secure = u.protocol === 'smtps:';
  return {
    pool: true as const,
    maxConnections: 4,
    host: u.hostname,
    port: u.port ? Number(u.port) : secure ? 465 : 587,
    secure,
    auth: u.username ? { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } : undefined,
    connectionTimeout: SMTP_TIMEOUT_MS,
    greetingTimeout: SMTP_TIMEOUT_MS,
    socketTimeout: SMTP_TIMEOUT_MS,
  };
}

/**
 * Email by nodemailer over SMTP (SMTP_URL): a production relay, or the local
 * mail catcher `npm start` runs. The Message-ID is derived from the message's
 * id, so a resend after a crash carries the same one and a mail system that
 * de-duplicates on it shows the message once.
 */
@Injectable()
export class EmailChannel implements OnApplicationShutdown {
  private readonly transport: Transporter | null;

  constructor(private readonly config: AppConfig) {
    const url = config.notifications.smtpUrl;
    this.transport = url ? nodemailer.createTransport(smtpOptions(url)) : null;
  }

  get configured(): boolean {
    return this.transport !== null;
  }

  /** Hands the email to the relay; answers its Message-ID once the relay accepted it. */
  async send(email: EmailToSend): Promise<string> {
    if (!this.transport) throw new Error('email is not configured (SMTP_URL)');
    const messageId = `<${email.id}@${new URL(this.config.http.publicUrl).hostname}>`;
    const info = (await this.transport.sendMail({
      from: this.config.notifications.mailFrom,
      to: email.address,
      subject: email.subject ?? '',
      text: email.body,
      messageId,
    })) as { messageId?: string };
    return info.messageId ?? messageId;
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
