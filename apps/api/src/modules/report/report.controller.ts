import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ROLES } from '@grensportaal/shared-domain';
import { Roles } from '@api/core/auth/access.decorators';
import { Caller } from '@api/core/context/caller';
import { RequestCaller } from '@api/core/context/request-caller.decorator';
import { ValidationException } from '@api/core/validation/validation';
import { ReportFormat, ReportService } from './report.service';

/** The file of a generated report (bearer token, as for GraphQL), for whoever may read every agenda in it. */
@Controller('reports')
export class ReportController {
  constructor(private readonly reports: ReportService) {}

  @Roles(...ROLES)
  @Get(':id/file')
  async download(@RequestCaller() caller: Caller, @Param('id', new ParseUUIDPipe()) id: string, @Query('format') format: string | undefined, @Res() res: Response): Promise<void> {
    const chosen = (format ?? 'pdf').toLowerCase();
    if (chosen !== 'pdf' && chosen !== 'docx') throw new ValidationException([{ field: 'format', rule: 'isEnum', params: {} }]);
    const file = await this.reports.file(caller, id, chosen as ReportFormat);
    res.status(200);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
    res.setHeader('Content-Length', String(file.bytes.length));
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.end(file.bytes);
  }
}
