import { AppException } from '@api/core/errors/app.exception';

/** The record changed since the caller read it: nothing was written. */
export class ConflictException extends AppException {
  constructor(changedFields: string[], currentVersion: number) {
    super('CONFLICT', { fields: changedFields.join(', '), currentVersion }, { changedFields, currentVersion });
  }
}

export class NotFoundException extends AppException {
  constructor(entity: string, id?: string) {
    super('NOT_FOUND', { entity, id: id ?? null });
  }
}
