import { AppException } from '@api/core/errors/app.exception';

export enum AgendaErrorCode {
  AGENDA_NOT_FOUND = 'AGENDA_NOT_FOUND',
  ORGANISATION_NOT_FOUND = 'ORGANISATION_NOT_FOUND',
  ALREADY_PARTNER = 'ALREADY_PARTNER',
  NOT_A_PARTNER = 'NOT_A_PARTNER',
}

export class AgendaException extends AppException<AgendaErrorCode> {
  constructor(code: AgendaErrorCode, params: Record<string, string> = {}) {
    super(code, params);
  }
}
