import { Inject, Injectable } from '@nestjs/common';
import { itemPath, Language, splitAtQuote } from '@grensportaal/shared-domain';
import { formatterFor } from '@grensportaal/shared-i18n';
import { APP_CONFIG, AppConfig } from '@api/config/app-config';
import { I18nService } from '@api/core/i18n/i18n.service';
import { quoteOf } from './dto/quoted-text.model';
import { Notification } from './notification.entity';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** What a message is made of: the kind, the item it leads to and the values of its text. */
export type Content = Pick<Notification, 'kind' | 'reference' | 'params' | 'entityType' | 'entityId'>;

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** What a notification says, in the reader's language: in the bell, and in e-mails (plain text and HTML, with a link). */
@Injectable()
export class NotificationMessages {
  constructor(
    private readonly i18n: I18nService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  message(n: Pick<Notification, 'kind' | 'reference' | 'params'>, language: Language): string {
    const params: Record<string, unknown> = { ...n.params, reference: n.reference, interpolation: { escapeValue: false } };
    return this.i18n.t(language, `notification:message.${n.kind}`, params);
  }

  /** The page of the item, as an absolute address (for e-mails). */
  link(n: Pick<Notification, 'reference' | 'entityType' | 'entityId'>): string {
    return `${this.config.publicUrl}${itemPath(n)}`;
  }

  /** A day as the web app prints it in this language (one formatter for both). */
  date(day: string, language: Language): string {
    return formatterFor(language).date(day);
  }

  /** One notification as an e-mail. */
  single(n: Content, name: string, language: Language): RenderedMail {
    const message = this.message(n, language);
    const link = this.link(n);
    const open = this.email(language, 'open');
    return this.letter(language, name, this.email(language, 'subject', { message }), [message, '', `${open}: ${link}`], [
      `<p>${this.html(n, message, language)}</p>`,
      `<p><a href="${escapeHtml(link)}">${escapeHtml(open)}</a></p>`,
    ]);
  }

  /** The day's notifications as one e-mail. */
  digest(items: Content[], name: string, language: Language, day: string): RenderedMail {
    const lines = items.map((n) => {
      const message = this.message(n, language);
      return { message, html: this.html(n, message, language), link: this.link(n) };
    });
    const intro = this.email(language, 'digestIntro', { count: items.length });
    return this.letter(language, name, this.email(language, 'digestSubject', { date: this.date(day, language) }), [intro, '', ...lines.map((l) => `- ${l.message}\n  ${l.link}`)], [
      `<p>${escapeHtml(intro)}</p>`,
      `<ul>${lines.map((l) => `<li><a href="${escapeHtml(l.link)}">${l.html}</a></li>`).join('')}</ul>`,
    ]);
  }

  /** The message as HTML; a title quoted in another language carries its lang. */
  private html(n: Pick<Content, 'params'>, message: string, language: Language): string {
    const quote = quoteOf(n.params);
    const parts = quote && quote.language !== language ? splitAtQuote(message, quote.text) : null;
    if (!quote || !parts) return escapeHtml(message);
    const [before, quoted, after] = parts;
    return `${escapeHtml(before)}<span lang="${quote.language}">${escapeHtml(quoted)}</span>${escapeHtml(after)}`;
  }

  private email(language: Language, key: string, params: Record<string, unknown> = {}): string {
    return this.i18n.t(language, `notification:email.${key}`, { ...params, interpolation: { escapeValue: false } });
  }

  /** Greeting, body and footer, as plain text and as HTML in the reader's language. */
  private letter(language: Language, name: string, subject: string, text: string[], html: string[]): RenderedMail {
    const greeting = this.email(language, 'greeting', { name });
    const footer = this.email(language, 'footer');
    return {
      subject,
      text: [greeting, '', ...text, '', '--', footer].join('\n'),
      html: `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>Grensportaal</title></head><body><p>${escapeHtml(greeting)}</p>${html.join('')}<hr><p><small>${escapeHtml(footer)}</small></p></body></html>`,
    };
  }
}
