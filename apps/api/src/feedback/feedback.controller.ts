import { Body, Controller, Get, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ReadsClientData } from '../access/client-data';
import { type AuthUser, CurrentUser, Can } from '../auth/auth';
import { IdempotencyKey } from '../arrangements/idempotency-key';
import {
  FeedbackDto,
  FeedbackRulesDto,
  IMPORT_COLUMNS,
  IMPORT_PROBLEMS_COLUMN,
  SurveyStatisticsQueryDto,
} from './feedback.dto';
import { Returns } from '../common/responses';
import { Feedback, FeedbackRequest, FeedbackRuleSet, ImportReport, SurveyStatistics } from './feedback.responses';
import { Municipality } from '../reports/reports.responses';
import { ReportsService } from '../reports/reports.service';
import { SurveyStatisticsService } from './survey-statistics.service';
import { FeedbackService } from './feedback.service';

@ApiTags('feedback')
@ApiBearerAuth()
@Controller('feedback')
export class FeedbackController {
  constructor(
    private readonly feedback: FeedbackService,
    private readonly statistics: SurveyStatisticsService,
    private readonly reports: ReportsService,
  ) {}

  @Post()
  @Can('feedback.give')
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'The same key records the answer once' })
  @ApiOperation({ summary: "The own worker's feedback form, or the family's survey answers, on a started service" })
  @Returns(Feedback, { status: 201, description: 'Recorded (once for each Idempotency-Key)' })
  submit(@CurrentUser() user: AuthUser, @IdempotencyKey() key: string, @Body() dto: FeedbackDto) {
    return this.feedback.submit(user, key, dto);
  }

  @Get('requests')
  @Can('feedback.requests.read')
  @ReadsClientData('feedback')
  @ApiOperation({ summary: 'Feedback asked of you on your clients’ services that have ended' })
  @Returns([FeedbackRequest])
  requests(@CurrentUser() user: AuthUser) {
    return this.feedback.requests(user);
  }

  @Post('imports')
  @Can('feedback.import')
  @ApiConsumes('text/csv', 'application/json')
  @ApiBody({
    description: `The survey tool's export: CSV (comma or semicolon) with the columns ${IMPORT_COLUMNS.join(', ')}, or a JSON array of such rows; a column ${IMPORT_PROBLEMS_COLUMN} (the problems a download of rejected rows names) is read past`,
  })
  @ApiOperation({ summary: 'Import a survey export: each row accepted, already imported, or rejected with reasons' })
  @Returns(ImportReport, { status: 201, description: 'Read; each row in one of the lists' })
  import(@CurrentUser() user: AuthUser, @Body() body: unknown) {
    return this.feedback.import(user, body);
  }

  @Get('statistics')
  @Can('report.figures.read')
  @ApiOperation({
    summary:
      "The client survey's statistics per service and quarter: each question's n, min, max, mean, median and sample standard deviation; groups under 5 answers withheld",
  })
  @Returns(SurveyStatistics)
  surveyStatistics(@CurrentUser() user: AuthUser, @Query() q: SurveyStatisticsQueryDto) {
    return this.statistics.statistics(q, user);
  }

  @Get('municipalities')
  @Can('feedback.give')
  @ApiOperation({ summary: "The county's municipalities, for the survey's question of where the service was given" })
  @Returns([Municipality])
  municipalities() {
    return this.reports.municipalities();
  }

  @Get('rules')
  @Can('feedback.rules.read')
  @ApiOperation({ summary: 'What counts as bad feedback' })
  @Returns(FeedbackRuleSet)
  rules(@CurrentUser() user: AuthUser) {
    return this.feedback.rulesFor(user);
  }

  @Put('rules')
  @Can('feedback.rules.change')
  @ApiOperation({ summary: 'Change what counts as bad feedback: a new version of the rules' })
  @Returns(FeedbackRuleSet)
  changeRules(@CurrentUser() user: AuthUser, @Body() dto: FeedbackRulesDto) {
    return this.feedback.changeRules(user, dto);
  }
}
