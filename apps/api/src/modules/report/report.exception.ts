import { AppException, ErrorParams } from '@api/core/errors/app.exception';

export enum ReportErrorCode {
  /** The report does not exist, holds an agenda the caller may not read, or is not finished. */
  REPORT_NOT_FOUND = 'REPORT_NOT_FOUND',
}

export class ReportException extends AppException<ReportErrorCode> {
  constructor(code: ReportErrorCode, params: ErrorParams = {}) {
    super(code, params);
  }
}
