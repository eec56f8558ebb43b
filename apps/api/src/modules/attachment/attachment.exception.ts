import { AppException, ErrorParams } from '@api/core/errors/app.exception';

export enum AttachmentErrorCode {
  /** Larger than ATTACHMENT_MAX_MB: refused while it streamed in. */
  ATTACHMENT_TOO_LARGE = 'ATTACHMENT_TOO_LARGE',
  /** The request says, before any of it is read, that it is larger than any file that may be attached. */
  ATTACHMENT_UPLOAD_TOO_LARGE = 'ATTACHMENT_UPLOAD_TOO_LARGE',
  /** Its content is none of the kinds that may be attached. */
  ATTACHMENT_TYPE_NOT_ALLOWED = 'ATTACHMENT_TYPE_NOT_ALLOWED',
  ATTACHMENT_EMPTY = 'ATTACHMENT_EMPTY',
  /** clamd found malware in it: nothing of it was kept. */
  ATTACHMENT_INFECTED = 'ATTACHMENT_INFECTED',
  /** In quarantine: the virus scanner has not seen it yet. */
  ATTACHMENT_HELD = 'ATTACHMENT_HELD',
  /** No scanner runs here: only the person who uploaded it may download it. */
  ATTACHMENT_NOT_SCANNED = 'ATTACHMENT_NOT_SCANNED',
  /** Its content was deleted for good by an admin. */
  ATTACHMENT_PURGED = 'ATTACHMENT_PURGED',
  /** Only a removed attachment can be purged. */
  ATTACHMENT_NOT_REMOVED = 'ATTACHMENT_NOT_REMOVED',
  /** Not a multipart upload with the fields first and then one file. */
  ATTACHMENT_UPLOAD_MALFORMED = 'ATTACHMENT_UPLOAD_MALFORMED',
}

export class AttachmentException extends AppException<AttachmentErrorCode> {
  constructor(code: AttachmentErrorCode, params: ErrorParams = {}) {
    super(code, params);
  }
}
