import type { EntityType } from './content';

/** Items that carry documents: bottlenecks, actions, and questions to ministries with their answers. */
export const ATTACHABLE_TYPES = ['BOTTLENECK', 'ACTION', 'ASSIGNMENT'] as const satisfies readonly EntityType[];
export type AttachableType = (typeof ATTACHABLE_TYPES)[number];

/**
 * Where a file stands with the virus scanner. PENDING: in quarantine, not
 * served to anyone until clamd has seen it; CLEAN: served to the item's
 * readers; INFECTED: found infected after it was held (its content is gone);
 * NOT_SCANNED: the portal runs without a scanner (development), so only the
 * person who uploaded it may download it.
 */
export const ATTACHMENT_SCAN_STATUSES = ['PENDING', 'CLEAN', 'INFECTED', 'NOT_SCANNED'] as const;
export type AttachmentScanStatus = (typeof ATTACHMENT_SCAN_STATUSES)[number];

/**
 * What can be attached, decided by the content (never by the name): the
 * media type each kind is served with, and the names it usually has (for a
 * file picker's `accept` and for the refusal message).
 */
export const ATTACHMENT_KINDS = {
  pdf: { mediaType: 'application/pdf', extensions: ['.pdf'] },
  docx: { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['.docx'] },
  xlsx: { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['.xlsx'] },
  odt: { mediaType: 'application/vnd.oasis.opendocument.text', extensions: ['.odt'] },
  ods: { mediaType: 'application/vnd.oasis.opendocument.spreadsheet', extensions: ['.ods'] },
  png: { mediaType: 'image/png', extensions: ['.png'] },
  jpeg: { mediaType: 'image/jpeg', extensions: ['.jpg', '.jpeg'] },
  text: { mediaType: 'text/plain', extensions: ['.txt'] },
  csv: { mediaType: 'text/csv', extensions: ['.csv'] },
  eml: { mediaType: 'message/rfc822', extensions: ['.eml'] },
} as const;
export type AttachmentKind = keyof typeof ATTACHMENT_KINDS;

/** Every name a file picker offers by default. */
export const ATTACHMENT_ACCEPT = Object.values(ATTACHMENT_KINDS)
  .flatMap((k) => k.extensions)
  .join(',');

/** The route files are uploaded to (multipart: the fields entityType, entityId, title, description, language, then one file). */
export function attachmentUploadPath(): string {
  return '/attachments';
}

/** The route a file is downloaded from (bearer token, the item's read rules). */
export function attachmentFilePath(id: string): string {
  return `/attachments/${encodeURIComponent(id)}/file`;
}
