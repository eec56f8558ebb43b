import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES } from '@grensportaal/shared-domain';
import { resources } from '@grensportaal/shared-i18n';
import { AuthErrorCode } from '@api/core/auth/auth.exception';
import { QueryLimitErrorCode } from '@api/core/graphql/query-limits';
import { AgendaErrorCode } from '@api/modules/agenda/agenda.exception';
import { AttachmentErrorCode } from '@api/modules/attachment/attachment.exception';
import { ExchangeErrorCode } from '@api/modules/exchange/exchange.exception';
import { ReportErrorCode } from '@api/modules/report/report.exception';
import { ErrorCode } from './app.exception';

/** Every module's error codes; a module that declares an enum of codes must be listed here (the second test finds them). */
const MODULE_CODES: Record<string, Record<string, string>> = { ErrorCode, AuthErrorCode, AgendaErrorCode, AttachmentErrorCode, QueryLimitErrorCode, ExchangeErrorCode, ReportErrorCode };

const SOURCE = join(__dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('error codes', () => {
  it('have a message in nl, de and en', () => {
    const missing: string[] = [];
    for (const [name, codes] of Object.entries(MODULE_CODES)) {
      for (const code of Object.values(codes)) {
        for (const language of LANGUAGES) if (typeof (resources[language].errors as Record<string, unknown>)[code] !== 'string') missing.push(`${name}.${code} (${language})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('are all registered here: every enum of error codes in the API', () => {
    const declared = sources(SOURCE).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/export enum (\w+ErrorCode|ErrorCode)\b/g)].map((m) => m[1]));
    expect(declared.sort()).toEqual(Object.keys(MODULE_CODES).sort());
  });

  it('name validation rules that have a message in nl, de and en', () => {
    const rules = new Set(sources(SOURCE).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/rule: '(\w+)'/g)].map((m) => m[1])));
    expect(rules.size).toBeGreaterThan(10);
    const missing = [...rules].flatMap((rule) => LANGUAGES.filter((l) => typeof (resources[l].errors as { validation: Record<string, unknown> }).validation[rule] !== 'string').map((l) => `${rule} (${l})`));
    expect(missing).toEqual([]);
  });
});
