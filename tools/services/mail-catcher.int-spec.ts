import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { smtpOptions } from '../../libs/notifications/src/channels/email.channel';
import { startMailCatcher } from './mail-catcher';

describe("npm start's mail catcher", () => {
  it('accepts an email over SMTP and keeps it as received and as read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tc-mail-'));
    const lines: string[] = [];
    const catcher = await startMailCatcher(dir, (line) => lines.push(line));
    try {
      const transport = nodemailer.createTransport(smtpOptions(catcher.url));
      await transport.sendMail({ from: 'Court <no-reply@localhost>', to: 'coordinator@court.example', subject: 'Infracción vencida: D-0003', text: 'Ábrala', messageId: '<m-1@localhost>' });
      transport.close();
      const files = (await readdir(dir)).sort();
      expect(files.filter((f) => f.endsWith('.eml'))).toHaveLength(1);
      const kept = JSON.parse(await readFile(join(dir, files.find((f) => f.endsWith('.json'))!), 'utf8'));
      expect(kept).toMatchObject({ to: ['coordinator@court.example'], subject: 'Infracción vencida: D-0003', messageId: '<m-1@localhost>', text: 'Ábrala\n' });
      expect(lines[0]).toContain('coordinator@court.example');
    } finally {
      await catcher.stop();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
