import { fileTypeFromBuffer } from 'file-type';
import { ATTACHMENT_KINDS, AttachmentKind } from '@grensportaal/shared-domain';

/** How much of the start of a file decides its kind (file-type reads the container's first entries of a zip). */
export const SNIFF_BYTES = 64 * 1024;

const BY_MEDIA_TYPE = new Map<string, AttachmentKind>(Object.entries(ATTACHMENT_KINDS).map(([kind, k]) => [k.mediaType, kind as AttachmentKind]));

/**
 * The kind of a file, from its content: the binary formats by their
 * signature (file-type), text by being UTF-8 without control characters and
 * without markup (HTML, SVG and XML are refused, as they could run script in
 * a browser); among texts the name tells a CSV or an e-mail from plain text,
 * and an e-mail must start with its headers. Null: not something that may be
 * attached.
 */
export async function kindOf(head: Buffer, fileName: string): Promise<AttachmentKind | null> {
  if (!head.length) return null;
  const found = await fileTypeFromBuffer(head);
  if (found) return BY_MEDIA_TYPE.get(found.mime) ?? null;
  const text = asText(head);
  if (text === null) return null;
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('<')) return null;
  const name = fileName.toLowerCase();
  if (name.endsWith('.eml')) return /^[!-9;-~]+:[^\n]*\r?\n/.test(start) ? 'eml' : null;
  if (name.endsWith('.csv')) return 'csv';
  return 'text';
}

/** The head as text, if it is UTF-8 text (a character cut off at the end of the head is fine); null otherwise. */
function asText(head: Buffer): string | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(head.length === SNIFF_BYTES ? trimPartial(head) : head);
  } catch {
    return null;
  }
  // Control characters other than tab, line breaks and form feed mark a binary file.
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/.test(text) ? null : text;
}

/** Drops the bytes of a UTF-8 character the head cut in two. */
function trimPartial(head: Buffer): Buffer {
  let end = head.length;
  let back = 0;
  while (back < 4 && end - back - 1 >= 0 && (head[end - back - 1] & 0xc0) === 0x80) back++;
  const lead = head[end - back - 1];
  const width = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  if (width > back + 1) end -= back + 1;
  return head.subarray(0, end);
}
