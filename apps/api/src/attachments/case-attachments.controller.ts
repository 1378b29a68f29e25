import { Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { type AuthUser, Can, CurrentUser } from '../auth/auth';
import { Uuid } from '../common/params';
import { Returns } from '../common/responses';
import { CaseAttachment } from './case-attachments.responses';
import { CaseAttachmentsService } from './case-attachments.service';

/** A supervision case's files: a supplier's clarification as a PDF, a team's or procurement's document. */
@ApiTags('supervision')
@ApiBearerAuth()
@Controller('supervision/cases/:id/attachments')
export class CaseAttachmentsController {
  constructor(private readonly attachments: CaseAttachmentsService) {}

  @Post()
  @Can('supervision.attachment.add')
  @ApiOperation({
    summary: 'Attaches a PDF to the case (the body is the file; ?fileName= names it)',
    description: 'Kept only when its bytes are a PDF without JavaScript, launch actions or embedded files.',
  })
  @ApiConsumes('application/pdf')
  @ApiQuery({ name: 'fileName', required: false, description: "The file's name as the sender knows it" })
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @Returns(CaseAttachment, { status: 201, description: 'Attached' })
  attach(
    @Uuid('id', 'case') id: string,
    @Query('fileName') fileName: string | undefined,
    @Req() req: Request,
    @CurrentUser() user: AuthUser,
  ) {
    return this.attachments.attach(id, user, req.body, fileName);
  }

  @Get()
  @Can('supervision.case.read')
  @ApiOperation({ summary: "The case's files, oldest first" })
  @Returns([CaseAttachment])
  list(@Uuid('id', 'case') id: string, @CurrentUser() user: AuthUser) {
    return this.attachments.list(id, user);
  }

  @Get(':attachmentId')
  @Can('supervision.case.read')
  @ApiOperation({ summary: 'A file of the case, as a download (never shown inline)' })
  @ApiProduces('application/pdf')
  @ApiResponse({
    status: 200,
    description: 'The file',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  async file(
    @Uuid('id', 'case') id: string,
    @Uuid('attachmentId', 'attachment') attachmentId: string,
    @CurrentUser() user: AuthUser,
    @Res() res: Response,
  ): Promise<void> {
    const file = await this.attachments.file(id, attachmentId, user);
    res.setHeader('content-type', 'application/pdf');
    // A download, in a sandbox of its own should a browser open it anyway: nothing in it runs.
    res.setHeader('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
    res.setHeader('content-security-policy', "sandbox; default-src 'none'");
    res.send(file.body);
  }
}
