import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from './free-port';

export interface MailCatcher {
  /** What the API and the worker send through: `smtp://127.0.0.1:<port>`. */
  url: string;
  dir: string;
  stop(): Promise<void>;
}

/**
 * A real SMTP server on 127.0.0.1 for `npm start`: it accepts every email the
 * system sends and keeps each in `dir` as it arrived (`.eml`) and as read by
 * mailparser (`.json`: from, to, subject, text, Message-ID), so a newcomer
 * sees the demo's emails without a mail account. Nothing leaves the machine.
 */
export async function startMailCatcher(dir: string, log: (line: string) => void): Promise<MailCatcher> {
  await mkdir(dir, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    banner: 'local mail catcher of npm start',
    size: 10 * 1024 * 1024,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        void simpleParser(raw)
          .then(async (mail) => {
            const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}`;
            const to = session.envelope.rcptTo.map((r) => r.address);
            await writeFile(join(dir, `${name}.eml`), raw);
            await writeFile(
              join(dir, `${name}.json`),
              JSON.stringify({ receivedAt: new Date().toISOString(), from: mail.from?.text ?? null, to, subject: mail.subject ?? null, messageId: mail.messageId ?? null, text: mail.text ?? '' }, null, 2),
            );
            log(`mail to ${to.join(', ')}: "${mail.subject ?? ''}" (kept in ${join(dir, `${name}.eml`)})`);
            callback();
          })
          .catch((error: Error) => callback(error));
      });
    },
  });
  server.on('error', (error) => log(`mail catcher: ${error.message}`));
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${port}`,
    dir,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
