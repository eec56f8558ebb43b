import { AppException, ErrorCode } from '@api/core/errors/app.exception';

/** The record changed since the caller read it: nothing was written. */
export class ConflictException extends AppException<ErrorCode.CONFLICT> {
  constructor(changedFields: string[], currentVersion: number) {
    super(ErrorCode.CONFLICT, { fields: changedFields.join(', '), currentVersion }, { changedFields, currentVersion });
  }
}

/** An item that does not exist, or that the caller may not see (the two are never told apart). */
export class ItemNotFoundException extends AppException<ErrorCode.NOT_FOUND> {
  constructor(entity: string) {
    // The id is not echoed: the caller has it, and nothing else is said of it.
    super(ErrorCode.NOT_FOUND, { entity });
  }
}
