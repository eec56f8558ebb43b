import { LANGUAGES } from '@grensportaal/shared-domain';
import { formatterFor } from '@grensportaal/shared-i18n';
import type { AppConfig } from '@api/config/app-config';
import { I18nService } from '@api/core/i18n/i18n.service';
import { NotificationKind } from './notification.entity';
import { NotificationMessages } from './notification-messages';

const messages = new NotificationMessages(new I18nService(), { publicUrl: 'https://grensportaal.example' } as AppConfig);
const DAYS = ['2026-06-05', '2026-11-12', '2027-01-01', '2026-03-29'];

describe('what notifications and e-mails print', () => {
  it.each(LANGUAGES)('prints each date exactly as the web app does (%s)', (language) => {
    for (const day of DAYS) {
      const web = formatterFor(language).date(day);
      for (const kind of [NotificationKind.QUESTION_ASSIGNED, NotificationKind.QUESTION_DUE_SOON, NotificationKind.QUESTION_OVERDUE, NotificationKind.ACTION_DUE_SOON, NotificationKind.ACTION_OVERDUE]) {
        const n = { kind, reference: 'NRW-2026-017', params: { title: 'Telework', dueDate: day }, entityType: 'ASSIGNMENT' as const, entityId: 'q' };
        expect(messages.message(n, language)).toContain(web);
        const mail = messages.single(n, 'Anna', language);
        expect(mail.text).toContain(web);
        expect(mail.html).toContain(web);
      }
      expect(messages.digest([], 'Anna', language, day).subject).toContain(web);
    }
  });

  it.each(LANGUAGES)('prints each number exactly as the web app does (%s)', (language) => {
    for (const count of [1, 7, 1234, 20000]) {
      const items = Array.from({ length: count }, () => ({ kind: NotificationKind.MENTIONED, reference: 'NRW-2026-017', params: { actor: 'Anna' }, entityType: 'BOTTLENECK' as const, entityId: 'b' }));
      const mail = messages.digest(items, 'Anna', language, '2026-06-05');
      expect(mail.text).toContain(`(${formatterFor(language).number(count)} `);
      expect(mail.html).toContain(`(${formatterFor(language).number(count)} `);
    }
  });

  it('prints day, month and year in every language, never the US order', () => {
    expect(messages.message({ kind: NotificationKind.QUESTION_OVERDUE, reference: 'X', params: { title: 't', dueDate: '2026-11-12' } }, 'en')).toContain('12 November 2026');
    expect(messages.message({ kind: NotificationKind.QUESTION_OVERDUE, reference: 'X', params: { title: 't', dueDate: '2026-11-12' } }, 'de')).toContain('12. November 2026');
    expect(messages.message({ kind: NotificationKind.QUESTION_OVERDUE, reference: 'X', params: { title: 't', dueDate: '2026-11-12' } }, 'nl')).toContain('12 november 2026');
  });

  it('links each notification to the page of its item', () => {
    expect(messages.link({ reference: 'NRW-2026-017', entityType: 'ACTION', entityId: 'a' })).toBe('https://grensportaal.example/bottlenecks/NRW-2026-017');
    expect(messages.link({ reference: 'NRW-2026-017', entityType: 'ASSIGNMENT', entityId: 'q1' })).toBe('https://grensportaal.example/questions/q1');
  });
});
