import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ROLES } from '@grensportaal/shared-domain';
import { Roles } from '@api/core/auth/access.decorators';
import { Caller } from '@api/core/context/caller';
import { RequestCaller } from '@api/core/context/request-caller.decorator';
import { ExportService } from './export.service';

/**
 * The file of an export started with the `startExport` mutation, streamed as
 * it is read (bearer token, as for GraphQL; once, by the person who started
 * it). When the client goes away the export stops and is recorded as
 * cancelled.
 */
@Controller('exports')
export class ExportController {
  constructor(private readonly exports: ExportService) {}

  @Roles(...ROLES)
  @Get(':id/file')
  async download(@RequestCaller() caller: Caller, @Param('id', new ParseUUIDPipe()) id: string, @Res() res: Response): Promise<void> {
    const { record, fileName, contentType } = await this.exports.claim(caller, id);
    let gone = false;
    res.on('close', () => {
      if (!res.writableFinished) gone = true;
    });
    res.status(200);
    res.setHeader('Content-Type', contentType);
    res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Export-Total', String(record.total));
    try {
      await this.exports.write(caller, record, res, () => gone);
    } catch (error) {
      // Headers are out: the stream is cut, so the client sees a broken file, never a complete-looking one.
      res.destroy(error as Error);
      return;
    }
    res.end();
  }
}
