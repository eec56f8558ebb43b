import { pipeline } from 'node:stream';
import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import busboy from 'busboy';
import { create as contentDisposition } from 'content-disposition';
import type { Response } from 'express';
import { ROLES } from '@grensportaal/shared-domain';
import { Roles } from '@api/core/auth/access.decorators';
import { Caller } from '@api/core/context/caller';
import { RequestCaller } from '@api/core/context/request-caller.decorator';
import { ContextRequest } from '@api/core/logging/request-context';
import { validationPipe } from '@api/core/validation/validation';
import { Attachment } from './attachment.entity';
import { AttachmentErrorCode, AttachmentException } from './attachment.exception';
import { AttachmentService } from './attachment.service';
import { AttachFileFields } from './dto/attachment.inputs';

/** Room for the form fields and multipart boundaries around the file itself. */
const FORM_OVERHEAD = 64 * 1024;

/** The kinds a browser may show in its own tab rather than save (with a policy that runs nothing). */
const INLINE = new Set(['application/pdf', 'image/png', 'image/jpeg']);

const validateFields = validationPipe();

/**
 * After a refusal the rest of the body is not wanted, but a client still
 * sending it must get to read the answer. Closing at once, with its data
 * unread, would send a reset that can overtake the answer; so at most
 * LINGER_BYTES more are read and dropped, then reading stops (the client's
 * writes wait on a full window, which resets nothing), and the connection is
 * closed LINGER_MS after the answer went out.
 */
const LINGER_BYTES = 4 * 1024 * 1024;
const LINGER_MS = 2000;

function stopReading(req: ContextRequest, res: Response): void {
  req.unpipe();
  let dropped = 0;
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > LINGER_BYTES) req.pause();
  });
  req.resume();
  res.once('finish', () => setTimeout(() => req.socket.destroy(), LINGER_MS).unref());
}

/** What an upload answers: the new attachment, and whether it can be downloaded yet. */
export interface UploadResult {
  id: string;
  scanStatus: Attachment['scanStatus'];
  fileName: string;
  mediaType: string;
  size: number;
}

/**
 * Uploads (`POST /attachments`, multipart: the fields `entityType`,
 * `entityId`, `title`, `description`, `language` first, then one `file`)
 * and downloads (`GET /attachments/{id}/file`), both with the bearer token
 * as for GraphQL. The file streams from the request into the store: a file
 * larger than ATTACHMENT_MAX_MB is refused as soon as that many bytes have
 * come in, and the rest of the request is not read.
 */
@Controller('attachments')
export class AttachmentController {
  constructor(private readonly attachments: AttachmentService) {}

  @Roles(...ROLES)
  @Post()
  @HttpCode(201)
  async upload(@RequestCaller() caller: Caller, @Req() req: ContextRequest, @Res({ passthrough: true }) res: Response): Promise<UploadResult> {
    const max = this.attachments.maxBytes;
    const declared = Number(req.headers['content-length']);
    try {
      if (declared > max + FORM_OVERHEAD) throw new AttachmentException(AttachmentErrorCode.ATTACHMENT_UPLOAD_TOO_LARGE, { max: Math.round(max / (1024 * 1024)) });
      const saved = await this.receive(caller, req, max);
      return { id: saved.id, scanStatus: saved.scanStatus, fileName: saved.fileName, mediaType: saved.mediaType, size: saved.size };
    } catch (error) {
      stopReading(req, res);
      throw error;
    }
  }

  private receive(caller: Caller, req: ContextRequest, max: number): Promise<Attachment> {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, defParamCharset: 'utf8', limits: { files: 1, fields: 10, parts: 12, fieldSize: 16 * 1024, fileSize: max + 1 } });
    } catch {
      return Promise.reject(new AttachmentException(AttachmentErrorCode.ATTACHMENT_UPLOAD_MALFORMED));
    }
    return new Promise<Attachment>((resolve, reject) => {
      const fields: Record<string, string> = {};
      let started = false;
      parser.on('field', (name, value) => {
        fields[name] = value;
      });
      parser.on('file', (_name, stream, info) => {
        if (started) {
          stream.resume();
          return;
        }
        started = true;
        (validateFields.transform(fields, { type: 'body', metatype: AttachFileFields, data: 'input' }) as Promise<AttachFileFields>)
          .then((input) => this.attachments.attach(caller, input, { fileName: info.filename ?? '', content: stream }))
          .then(resolve, reject);
      });
      parser.on('error', () => reject(new AttachmentException(AttachmentErrorCode.ATTACHMENT_UPLOAD_MALFORMED)));
      parser.on('close', () => {
        if (!started) reject(new AttachmentException(AttachmentErrorCode.ATTACHMENT_UPLOAD_MALFORMED));
      });
      req.pipe(parser);
    });
  }

  @Roles(...ROLES)
  @Get(':id/file')
  async download(@RequestCaller() caller: Caller, @Param('id', new ParseUUIDPipe()) id: string, @Query('disposition') disposition: string | undefined, @Res() res: Response): Promise<void> {
    const { attachment, content } = await this.attachments.open(caller, id);
    const inline = disposition === 'inline' && INLINE.has(attachment.mediaType);
    res.status(200);
    res.setHeader('Content-Type', attachment.mediaType.startsWith('text/') ? `${attachment.mediaType}; charset=utf-8` : attachment.mediaType);
    res.setHeader('Content-Length', String(attachment.size));
    // RFC 6266: an ASCII fallback and the name itself in UTF-8 (filename*), umlauts intact.
    res.setHeader('Content-Disposition', contentDisposition(attachment.fileName, { type: inline ? 'inline' : 'attachment' }));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // Shown in a tab, the file runs nothing and loads nothing; an image is also sandboxed.
    res.setHeader('Content-Security-Policy', `default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'${attachment.mediaType.startsWith('image/') ? '; sandbox' : ''}`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('ETag', `"${attachment.sha256}"`);
    pipeline(content, res, (error) => {
      // Headers are out: a broken stream cuts the connection, so the client never sees a complete-looking file.
      if (error) res.destroy(error);
    });
  }
}
