import { Body, Controller, Param, ParseUUIDPipe, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ConsultationImportPlan, LANGUAGES, Language } from '@grensportaal/shared-domain';
import { Roles } from '@api/core/auth/access.decorators';
import { Caller } from '@api/core/context/caller';
import { RequestCaller } from '@api/core/context/request-caller.decorator';
import { ValidationException } from '@api/core/validation/validation';
import { ConsultationImportService } from './consultation-import.service';
import { ExchangeErrorCode, ExchangeException } from './exchange.exception';
import { MAX_IMPORT_BYTES } from './import.types';

/**
 * A screening sheet into an open round (multipart: `file`, `language` of its
 * texts, `commit` "true" to keep the rows; otherwise a dry run). The same
 * file is sent for the dry run and the commit: a round's sheet is small.
 */
@Controller('border-effects/rounds')
export class ConsultationImportController {
  constructor(private readonly imports: ConsultationImportService) {}

  @Roles('secretariat')
  @Post(':id/import')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_IMPORT_BYTES + 1, files: 1, fields: 5 } }))
  async import(
    @RequestCaller() caller: Caller,
    @Param('id', new ParseUUIDPipe()) roundId: string,
    @UploadedFile() file: { originalname: string; size: number; buffer: Buffer } | undefined,
    @Body() body: Record<string, string>,
  ): Promise<ConsultationImportPlan> {
    if (!file) throw new ValidationException([{ field: 'file', rule: 'required', params: {} }]);
    if (file.size > MAX_IMPORT_BYTES) throw new ExchangeException(ExchangeErrorCode.FILE_TOO_LARGE);
    const language = (LANGUAGES as readonly string[]).includes(body['language'] ?? '') ? (body['language'] as Language) : caller.language;
    return this.imports.run(caller, roundId, Buffer.from(file.originalname, 'latin1').toString('utf8'), file.buffer, language, body['commit'] === 'true');
  }
}
