import { mkdir, writeFile, rename } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { RenderedMail } from './layout.js';

/** One message ready to go out. */
export interface OutgoingMail extends RenderedMail {
  to: string;
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
  /** The outbox row, so a caught message can be named after it. */
  outboxId: string;
}

export interface MailTransport {
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
  /** The folder caught mail is written to; null when mail goes out over SMTP. */
  readonly folder: string | null;
  close(): void;
}

/** What /dev/mail and the tests read about a caught message, beside its .eml file. */
export interface CaughtMail {
  id: string;
  file: string;
  date: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  messageId: string;
}

/** The caught-mail folder under DATA_DIR. */
export function mailFolder(dataDir: string): string {
  return path.join(dataDir, 'mail');
}

/**
 * SMTP through nodemailer when SMTP_URL is set. Otherwise nodemailer builds the complete message (its stream
 * transport: the same bytes SMTP would carry) and it is written to DATA_DIR/mail as an .eml file, with a .json beside it
 * for the /dev/mail view; nothing leaves the machine.
 */
export function createMailTransport(props: { smtpUrl?: string; from: string; dataDir: string }): MailTransport {
  const options = (mail: OutgoingMail) => ({
    from: props.from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    headers: mail.headers,
  });
  if (props.smtpUrl) {
    // Timeouts bound how long one unreachable server can hold a message's lease.
    const smtp = nodemailer.createTransport({
      url: props.smtpUrl,
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 30_000,
    });
    return {
      folder: null,
      async send(mail) {
        const info = await smtp.sendMail(options(mail));
        return { messageId: info.messageId };
      },
      close: () => smtp.close(),
    };
  }
  const folder = mailFolder(props.dataDir);
  const stream = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    folder,
    async send(mail) {
      const info = await stream.sendMail(options(mail));
      await mkdir(folder, { recursive: true });
      const date = new Date();
      // Sortable by time; the outbox id keeps two messages in one millisecond apart.
      const id = `${date.toISOString().replace(/[:.]/g, '-')}-${mail.outboxId}`;
      const caught: CaughtMail = {
        id,
        file: `${id}.eml`,
        date: date.toISOString(),
        from: props.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: mail.headers ?? {},
        messageId: info.messageId,
      };
      // Written under a temporary name and renamed, so a reader never sees half a message.
      await writeFile(path.join(folder, `${id}.eml.tmp`), info.message as Buffer);
      await rename(path.join(folder, `${id}.eml.tmp`), path.join(folder, `${id}.eml`));
      await writeFile(path.join(folder, `${id}.json.tmp`), JSON.stringify(caught, null, 2));
      await rename(path.join(folder, `${id}.json.tmp`), path.join(folder, `${id}.json`));
      return { messageId: info.messageId };
    },
    close: () => stream.close(),
  };
}
