import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isQuarter } from '../../../../libs/domain/quarters';
import { boardReportCsv } from '../../../../libs/letters/board-report';
import { renderBoardReport } from '../../../../libs/letters/board-report-pdf';
import { type AuthUser, Can, CurrentUser } from '../auth/auth';
import { rule } from '../common/schemas';
import { BoardReportService } from './board-report.service';

export class BoardReportQueryDto extends createZodDto(
  z
    .object({
      quarter: z
        .string()
        .refine(isQuarter, rule('quarter', 'must be a quarter YYYY-Qn of the calendar year, such as 2026-Q3'))
        .meta({ example: '2026-Q3' })
        .describe("The quarter reported on (Q1 is January–March), in the county's calendar"),
      // The county's two languages: the board's papers are in both.
      lang: z.enum(['fi', 'sv']).default('fi').describe('Language of the report'),
    })
    .strict(),
) {}

/**
 * The quarterly report to the board: the team lead's figures of a quarter by service and by municipality,
 * as a PDF to print and as CSV for a spreadsheet. Those who read the figures may print them; no client's
 * data is in it, so no client's access log is written.
 */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class BoardReportController {
  constructor(private readonly board: BoardReportService) {}

  @Get('board-report.pdf')
  @Can('report.figures.read')
  @ApiOperation({ summary: 'The quarterly report to the board as a PDF, in Finnish or Swedish' })
  @ApiProduces('application/pdf')
  @ApiResponse({
    status: 200,
    description: 'The report',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  async pdf(@CurrentUser() user: AuthUser, @Query() q: BoardReportQueryDto, @Res() res: Response): Promise<void> {
    const pdf = await renderBoardReport(await this.board.report(user, q.quarter), q.lang);
    res.setHeader('content-type', 'application/pdf');
    res.setHeader('content-disposition', `attachment; filename="board-report-${q.quarter}-${q.lang}.pdf"`);
    res.send(pdf);
  }

  @Get('board-report.csv')
  @Can('report.figures.read')
  @ApiOperation({
    summary: 'The quarterly report to the board as CSV: one number a row, semicolons and a decimal comma',
  })
  @ApiProduces('text/csv')
  @ApiResponse({
    status: 200,
    description: 'The report',
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
  async csv(@CurrentUser() user: AuthUser, @Query() q: BoardReportQueryDto, @Res() res: Response): Promise<void> {
    const csv = boardReportCsv(await this.board.report(user, q.quarter), q.lang);
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="board-report-${q.quarter}-${q.lang}.csv"`);
    res.send(csv);
  }
}
