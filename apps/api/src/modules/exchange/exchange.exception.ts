import { AppException, ErrorParams } from '@api/core/errors/app.exception';

export enum ExchangeErrorCode {
  FILE_UNREADABLE = 'FILE_UNREADABLE',
  FILE_TOO_LARGE = 'FILE_TOO_LARGE',
  NO_HEADER_ROW = 'NO_HEADER_ROW',
  IMPORT_NOT_FOUND = 'IMPORT_NOT_FOUND',
  ALREADY_COMMITTED = 'ALREADY_COMMITTED',
  EXPORT_NOT_FOUND = 'EXPORT_NOT_FOUND',
}

export class ExchangeException extends AppException<ExchangeErrorCode> {
  constructor(code: ExchangeErrorCode, params: ErrorParams = {}) {
    super(code, params);
  }
}
