import { Injectable } from '@nestjs/common';
import i18next, { i18n as I18nInstance, TFunction } from 'i18next';
import { DEFAULT_LANGUAGE, Language, LANGUAGES } from '@grensportaal/shared-domain';
import { addPortalFormats, NAMESPACES, resources } from '@grensportaal/shared-i18n';

/** Server-side translations (errors, e-mails) from the same locale files as the web app. */
@Injectable()
export class I18nService {
  private readonly instance: I18nInstance;

  constructor() {
    this.instance = i18next.createInstance();
    void this.instance.init({
      resources,
      ns: NAMESPACES,
      defaultNS: 'common',
      supportedLngs: [...LANGUAGES],
      lng: DEFAULT_LANGUAGE,
      fallbackLng: DEFAULT_LANGUAGE,
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    addPortalFormats(this.instance);
  }

  t(language: Language, key: string, params?: Record<string, unknown>): string {
    return this.fixed(language)(key, params ?? {}) as string;
  }

  exists(language: Language, key: string): boolean {
    return this.instance.exists(key, { lng: language });
  }

  fixed(language: Language): TFunction {
    return this.instance.getFixedT(language);
  }
}
