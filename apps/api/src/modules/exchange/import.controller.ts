import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import { LANGUAGES, Language } from '@grensportaal/shared-domain';
import { Roles } from '@api/core/auth/access.decorators';
import { Caller } from '@api/core/context/caller';
import { RequestCaller } from '@api/core/context/request-caller.decorator';
import { I18nService } from '@api/core/i18n/i18n.service';
import { ValidationException } from '@api/core/validation/validation';
import { ExchangeErrorCode, ExchangeException } from './exchange.exception';
import { dryRunWorkbook } from './import-report';
import { ImportService } from './import.service';
import { MAX_IMPORT_BYTES } from './import.types';

/**
 * Uploads of sheets (multipart: `file`, `agendaCode`, `language`), answered
 * with the import's id for the steps in GraphQL; and the dry run of an
 * import as a workbook with the problems marked in the cells.
 */
@Controller('imports')
export class ImportController {
  constructor(
    private readonly imports: ImportService,
    private readonly i18n: I18nService,
  ) {}

  @Roles('secretariat', 'partner')
  @Post()
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_IMPORT_BYTES + 1, files: 1, fields: 5 } }))
  async upload(@RequestCaller() caller: Caller, @UploadedFile() file: UploadedSheet | undefined, @Body() body: Record<string, string>): Promise<{ id: string }> {
    if (!file) throw new ValidationException([{ field: 'file', rule: 'required', params: {} }]);
    if (file.size > MAX_IMPORT_BYTES) throw new ExchangeException(ExchangeErrorCode.FILE_TOO_LARGE);
    const language = (LANGUAGES as readonly string[]).includes(body['language'] ?? '') ? (body['language'] as Language) : caller.language;
    if (!body['agendaCode']) throw new ValidationException([{ field: 'agendaCode', rule: 'required', params: {} }]);
    const preview = await this.imports.upload(caller, body['agendaCode'], language, Buffer.from(file.originalname, 'latin1').toString('utf8'), file.buffer);
    return { id: preview.id };
  }

  @Roles('secretariat', 'partner')
  @Get(':id/report')
  async report(@RequestCaller() caller: Caller, @Param('id', new ParseUUIDPipe()) id: string, @Res() res: Response): Promise<void> {
    const { plan, sheets } = await this.imports.report(caller, id);
    const body = await dryRunWorkbook(this.i18n.fixed(caller.language), sheets, plan);
    res.status(200);
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('Content-Disposition', `attachment; filename="${encodeURIComponent(plan.fileName.replace(/\.\w+$/, ''))}-dry-run.xlsx"`);
    res.setHeader('Cache-Control', 'no-store');
    res.end(body);
  }
}

/** The part of multer's file that the upload reads (multer comes with @nestjs/platform-express). */
interface UploadedSheet {
  originalname: string;
  size: number;
  buffer: Buffer;
}
