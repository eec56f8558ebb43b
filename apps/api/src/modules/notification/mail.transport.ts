import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import nodemailer, { Transporter } from 'nodemailer';
import { APP_CONFIG, AppConfig } from '@api/config/app-config';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  language: string;
}

/**
 * Hands e-mails to the SMTP server of SMTP_URL, or, when that is unset (as in
 * development), writes each as an .eml file to MAIL_DIR: readable locally,
 * never sent anywhere. Fails fast when the server is away, so the outbox can
 * retry later.
 */
@Injectable()
export class MailTransport {
  private smtp?: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get writesFiles(): boolean {
    return !this.config.mail.smtpUrl;
  }

  get directory(): string {
    return resolve(this.config.mail.dir);
  }

  async send(mail: OutgoingMail): Promise<void> {
    const message = { from: this.config.mail.from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, headers: { 'Content-Language': mail.language } };
    if (this.config.mail.smtpUrl) {
      const url = new URL(this.config.mail.smtpUrl);
      this.smtp ??= nodemailer.createTransport({
        host: url.hostname,
        port: Number(url.port) || (url.protocol === 'smtps:' ? 465 : 587),
        secure: url.protocol === 'smtps:',
        auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      });
      await this.smtp.sendMail(message);
      return;
    }
    const file = await nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' }).sendMail(message);
    await mkdir(this.directory, { recursive: true });
    await writeFile(join(this.directory, `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}.eml`), file.message as Buffer);
  }

  close(): void {
    this.smtp?.close();
  }
}
