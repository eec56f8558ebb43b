import type { ConsultationImportPlan } from '@grensportaal/shared-domain';

/** Sends the sheet for a dry run or the commit; a refusal of the whole file comes back as its translated message. */
export async function sendScreeningSheet(
  roundId: string,
  file: File,
  language: string,
  commit: boolean,
  auth: { token: string | undefined; readerLanguage: string },
): Promise<{ plan: ConsultationImportPlan } | { problem: string | null }> {
  const body = new FormData();
  body.set('language', language);
  body.set('commit', String(commit));
  body.set('file', file, file.name);
  const res = await fetch(`/border-effects/rounds/${encodeURIComponent(roundId)}/import`, {
    method: 'POST',
    body,
    headers: { authorization: `Bearer ${auth.token ?? ''}`, 'accept-language': auth.readerLanguage },
  });
  const answer = (await res.json().catch(() => null)) as (ConsultationImportPlan & { errors?: Array<{ message?: string }> }) | null;
  if (!res.ok || !answer?.rows) return { problem: answer?.errors?.[0]?.message ?? null };
  return { plan: answer };
}
