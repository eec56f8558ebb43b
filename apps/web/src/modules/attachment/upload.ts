import { attachmentUploadPath, type AttachmentScanStatus, type Language } from '@grensportaal/shared-domain';
import { apiProblem, type ApiProblem } from '@web/app/api-errors';

export interface AttachmentUpload {
  entityType: string;
  entityId: string;
  title: string;
  description: string;
  language: Language;
  file: File;
}

export type UploadOutcome = { ok: true; id: string; scanStatus: AttachmentScanStatus } | { ok: false; problem: ApiProblem };

/**
 * Sends one file to `POST /attachments` (the fields first, then the file, as
 * the API reads them), reporting the share sent (0–100) as it goes: fetch
 * cannot tell upload progress, XMLHttpRequest can.
 */
export function uploadAttachment(upload: AttachmentUpload, how: { token: string | undefined; language: string; networkMessage: string }, onProgress: (share: number) => void): Promise<UploadOutcome> {
  const body = new FormData();
  body.set('entityType', upload.entityType);
  body.set('entityId', upload.entityId);
  body.set('title', upload.title);
  if (upload.description) body.set('description', upload.description);
  body.set('language', upload.language);
  body.set('file', upload.file, upload.file.name);
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', attachmentUploadPath());
    if (how.token) xhr.setRequestHeader('authorization', `Bearer ${how.token}`);
    xhr.setRequestHeader('accept-language', how.language);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.min(99, Math.round((event.loaded / event.total) * 100)));
    };
    xhr.onload = () => {
      const answer = parse(xhr.responseText) as { id?: string; scanStatus?: AttachmentScanStatus; errors?: unknown[] } | null;
      if (xhr.status === 201 && answer?.id && answer.scanStatus) resolve({ ok: true, id: answer.id, scanStatus: answer.scanStatus });
      else resolve({ ok: false, problem: apiProblem(answer?.errors ? { errors: answer.errors } : null, how.networkMessage) });
    };
    xhr.onerror = () => resolve({ ok: false, problem: apiProblem(null, how.networkMessage) });
    xhr.send(body);
  });
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
