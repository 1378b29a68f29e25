import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from '../../../libs/persistence/data-source';
import { ArrangementsController, QueueController } from './arrangements/arrangements.controller';
import { ArrangementsService } from './arrangements/arrangements.service';
import { ArrangementReads } from './arrangements/arrangement-reads.service';
import { ProposalsService } from './arrangements/proposals.service';
import { ArrangementListService } from './arrangements/arrangement-list.service';
import { QueueService } from './arrangements/queue.service';
import { AccessLogController } from './access/access-log.controller';
import { PeopleController } from './people/people.controller';
import { PeopleService } from './people/people.service';
import { AccessLogService } from './access/access-log.service';
import { RecordPolicy } from './access/record-policy';
import { CaseAttachmentsController } from './attachments/case-attachments.controller';
import { CaseAttachmentsService } from './attachments/case-attachments.service';
import { AuthGuard } from './auth/auth';
import { DevSignInController } from './auth/sign-in.controller';
import { SignInThrottle } from './auth/sign-in-throttle';
import { OidcSignIn } from './auth/oidc-sign-in';
import { SessionController } from './auth/session.controller';
import { SessionStore } from './auth/sessions';
import { TokenVerifier } from './auth/token-verifier';
import { UsersService } from './auth/users.service';
import { CalendarController } from './calendar/calendar.controller';
import { CatalogueController } from './catalogue/catalogue.controller';
import { CatalogueService } from './catalogue/catalogue.service';
import { CONFIG, type Config } from './common/config.provider';
import { ErrorFilter } from './common/error.filter';
import { IdempotencyInterceptor } from './common/idempotency.interceptor';
import { ResponseShapeInterceptor } from './common/responses';
import { CoreModule } from './common/temporal.module';
import { ValidationPipe } from './common/validation';
import { DeliveriesController } from './deliveries/deliveries.controller';
import { devApiControllers } from './dev/dev-api';
import { LettersController } from './letters/letters.controller';
import { AppealsController } from './appeals/appeals.controller';
import { CommandGateway } from './process/command-gateway';
import { AppealsService } from './appeals/appeals.service';
import { FeedbackController } from './feedback/feedback.controller';
import { FeedbackService } from './feedback/feedback.service';
import { SurveyStatisticsService } from './feedback/survey-statistics.service';
import { HealthController } from './health/health.controller';
import { SupervisionController } from './supervision/supervision.controller';
import { PlannedSupervisionService } from './supervision/planned-supervision.service';
import { SupervisionService } from './supervision/supervision.service';
import { ReportsController } from './reports/reports.controller';
import { ReportsService } from './reports/reports.service';
import { BoardReportController } from './reports/board-report.controller';
import { BoardReportService } from './reports/board-report.service';
import { SelfMonitoringReportController } from './reports/self-monitoring.controller';
import { SelfMonitoringReportService } from './reports/self-monitoring.service';
import { CountySettingsController } from './settings/county-settings.controller';
import { CountySettingsService } from './settings/county-settings.service';
import { AttentionController } from './attention/attention.controller';
import { AttentionService } from './attention/attention.service';
import { RunningController } from './running/running.controller';
import { AftercareController } from './aftercare/aftercare.controller';
import { AftercareService } from './aftercare/aftercare.service';
import { AftercareReportController } from './reports/aftercare-report.controller';
import { AftercareReportService } from './reports/aftercare-report.service';
import { RunningService } from './running/running.service';
import { ReferenceController } from './reference/reference.controller';
import { ContractsController } from './contracts/contracts.controller';
import { ContractsService } from './contracts/contracts.service';
import { SupplierRecordsController } from './suppliers/supplier-records.controller';
import { SupplierRecordsService } from './suppliers/supplier-records.service';
import { MeController } from './auth/me.controller';
import { ClientsController } from './people/clients.controller';
import { SuppliersService } from './reference/suppliers.service';
import { VouchersController } from './vouchers/vouchers.controller';
import { VouchersService } from './vouchers/vouchers.service';
import { UnitsController } from './own-production/units.controller';
import { UnitsService } from './own-production/units.service';

import { FamilyController } from './family/family.controller';
import { FamilyOidcSignIn } from './family/family-oidc';
import { FamilyOnline } from './family/family-online';
import { FamilyReach } from './family/family-reach';
import { FamilySessionStore } from './family/family-sessions';
import { FamilySignInController } from './family/family-sign-in.controller';

@Module({
  imports: [
    CoreModule,
    TypeOrmModule.forRootAsync({
      inject: [CONFIG],
      useFactory: (c: Config) =>
        dataSourceOptions(c.DATABASE_URL, 20, {
          connectMs: c.DATABASE_CONNECT_TIMEOUT_MS,
          statementMs: c.DATABASE_STATEMENT_TIMEOUT_MS,
        }),
    }),
  ],
  controllers: [
    ArrangementsController,
    QueueController,
    RunningController,
    AttentionController,
    FeedbackController,
    SupervisionController,
    ReportsController,
    BoardReportController,
    SelfMonitoringReportController,
    CountySettingsController,
    CatalogueController,
    CalendarController,
    ReferenceController,
    ContractsController,
    SupplierRecordsController,
    MeController,
    ClientsController,
    HealthController,
    DevSignInController,
    SessionController,
    CaseAttachmentsController,
    AccessLogController,
    PeopleController,
    AftercareController,
    AftercareReportController,
    DeliveriesController,
    LettersController,
    AppealsController,
    VouchersController,
    UnitsController,
    FamilySignInController,
    FamilyController,
  ],
  providers: [
    CommandGateway,
    AftercareService,
    AftercareReportService,
    AppealsService,
    ArrangementsService,
    ArrangementReads,
    ProposalsService,
    ArrangementListService,
    QueueService,
    RunningService,
    AttentionService,
    FeedbackService,
    SurveyStatisticsService,
    SupervisionService,
    ContractsService,
    SupplierRecordsService,
    PlannedSupervisionService,
    ReportsService,
    BoardReportService,
    SelfMonitoringReportService,
    CountySettingsService,
    CatalogueService,
    SuppliersService,
    VouchersService,
    UnitsService,
    AccessLogService,
    RecordPolicy,
    PeopleService,
    TokenVerifier,
    SignInThrottle,
    SessionStore,
    CaseAttachmentsService,
    OidcSignIn,
    FamilyOidcSignIn,
    FamilySessionStore,
    FamilyReach,
    FamilyOnline,
    UsersService,
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_PIPE, useClass: ValidationPipe },
    { provide: APP_FILTER, useClass: ErrorFilter },
    { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
    { provide: APP_INTERCEPTOR, useClass: ResponseShapeInterceptor },
  ],
})
export class AppModule {
  /** The API as `config` has it: with the development API's routes only where it is turned on. */
  static with(config: Config): DynamicModule {
    return { module: AppModule, controllers: devApiControllers(config) };
  }
}
