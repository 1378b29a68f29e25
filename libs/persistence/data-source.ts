import { DataSource } from 'typeorm';
import { ArrangementEntity, ArrangementEventEntity, ArrangementTextEntity } from './entities/arrangement.entity';
import { CatalogueVersionEntity } from './entities/catalogue-version.entity';
import {
  ClientEntity,
  CostCentreEntity,
  MunicipalityEntity,
  SupplierContractEntity,
  SupplierEntity,
  TeamEntity,
  UserEntity,
} from './entities/reference.entity';
import { InitialSchema1763880000000 } from './migrations/1763880000000-initial-schema';
import { CatalogueVersions1763900000000 } from './migrations/1763900000000-catalogue-versions';
import { RunningService1763920000000 } from './migrations/1763920000000-running-service';
import { FeedbackAndSupervision1763940000000 } from './migrations/1763940000000-feedback-and-supervision';
import { FinnishDays1764300000000 } from './migrations/1764300000000-finnish-days';
import { IdempotencyKeys1764310000000 } from './migrations/1764310000000-idempotency-keys';
import { AccessLog1764320000000 } from './migrations/1764320000000-access-log';
import { People1764330000000 } from './migrations/1764330000000-people';
import { TeamLeadsAndClientContact1764340000000 } from './migrations/1764340000000-team-leads-and-client-contact';
import { Deliveries1764350000000 } from './migrations/1764350000000-deliveries';
import { DecisionLetters1764360000000 } from './migrations/1764360000000-decision-letters';
import { Appeals1764370000000 } from './migrations/1764370000000-appeals';
import { RectificationFollowUp1764380000000 } from './migrations/1764380000000-rectification-follow-up';
import { LettersForUnmetNeedsAndEndings1764390000000 } from './migrations/1764390000000-letters-for-unmet-needs-and-endings';
import { ProcessStateDocuments1764400000000 } from './migrations/1764400000000-process-state-documents';
import { OrderAnswerTime1764410000000 } from './migrations/1764410000000-order-answer-time';
import { BrowserSessions1764420000000 } from './migrations/1764420000000-browser-sessions';
import { SignInThrottle1764430000000 } from './migrations/1764430000000-sign-in-throttle';
import { SessionsKeepNoProviderToken1764440000000 } from './migrations/1764440000000-sessions-keep-no-provider-token';
import { ContractHistory1764450000000 } from './migrations/1764450000000-contract-history';
import { CaseAttachments1764460000000 } from './migrations/1764460000000-case-attachments';
import { SupplierRecord1764470000000 } from './migrations/1764470000000-supplier-record';
import { CountySettings1764480000000 } from './migrations/1764480000000-county-settings';
import { VisitCorrections1764494000000 } from './migrations/1764494000000-visit-corrections';
import { ServiceStops1764500000000 } from './migrations/1764500000000-service-stops';
import { ServiceVouchers1764530000000 } from './migrations/1764530000000-service-vouchers';
import { AppealableDecisions1764550000000 } from './migrations/1764550000000-appealable-decisions';
import { OwnProductionUnits1764560000000 } from './migrations/1764560000000-own-production-units';
import { WholeSurvey1764540000000 } from './migrations/1764540000000-whole-survey';
import { RegistrarAndLeavingDay1764493000000 } from './migrations/1764493000000-registrar-and-leaving-day';
import { EvaluationIntervalAndSteps1764510000000 } from './migrations/1764510000000-evaluation-interval-and-steps';
import { CardRulesAndSpecialSupportNeeds1764520000000 } from './migrations/1764520000000-card-rules-and-special-support-needs';
import { FamilyView1764565000000 } from './migrations/1764565000000-family-view';
import { FamilyOnline1764570000000 } from './migrations/1764570000000-family-online';
import { UnitLeads1764575000000 } from './migrations/1764575000000-unit-leads';
import { ReportIndexesAndChargeSummary1764580000000 } from './migrations/1764580000000-report-indexes-and-charge-summary';
import { Aftercare1764590000000 } from './migrations/1764590000000-aftercare';
import { UnitHoursAndCaseloadIndexes1764600000000 } from './migrations/1764600000000-unit-hours-and-caseload-indexes';
import { DecisionFacts1764610000000 } from './migrations/1764610000000-decision-facts';
import { FindingDay1764620000000 } from './migrations/1764620000000-finding-day';

export const ENTITIES = [
  MunicipalityEntity,
  TeamEntity,
  UserEntity,
  ClientEntity,
  CostCentreEntity,
  SupplierEntity,
  SupplierContractEntity,
  CatalogueVersionEntity,
  ArrangementEntity,
  ArrangementEventEntity,
  ArrangementTextEntity,
];

/** Listed explicitly, oldest first: migrations are the only way the schema changes. */
export const MIGRATIONS = [
  InitialSchema1763880000000,
  CatalogueVersions1763900000000,
  RunningService1763920000000,
  FeedbackAndSupervision1763940000000,
  FinnishDays1764300000000,
  IdempotencyKeys1764310000000,
  AccessLog1764320000000,
  People1764330000000,
  TeamLeadsAndClientContact1764340000000,
  Deliveries1764350000000,
  DecisionLetters1764360000000,
  Appeals1764370000000,
  RectificationFollowUp1764380000000,
  LettersForUnmetNeedsAndEndings1764390000000,
  ProcessStateDocuments1764400000000,
  OrderAnswerTime1764410000000,
  BrowserSessions1764420000000,
  SignInThrottle1764430000000,
  SessionsKeepNoProviderToken1764440000000,
  ContractHistory1764450000000,
  CaseAttachments1764460000000,
  SupplierRecord1764470000000,
  CountySettings1764480000000,
  RegistrarAndLeavingDay1764493000000,
  VisitCorrections1764494000000,
  ServiceStops1764500000000,
  EvaluationIntervalAndSteps1764510000000,
  CardRulesAndSpecialSupportNeeds1764520000000,
  ServiceVouchers1764530000000,
  WholeSurvey1764540000000,
  AppealableDecisions1764550000000,
  OwnProductionUnits1764560000000,
  FamilyView1764565000000,
  FamilyOnline1764570000000,
  UnitLeads1764575000000,
  ReportIndexesAndChargeSummary1764580000000,
  Aftercare1764590000000,
  UnitHoursAndCaseloadIndexes1764600000000,
  DecisionFacts1764610000000,
  FindingDay1764620000000,
];

/** How long a connection may take to open, and a statement to run: a database that is away fails fast. */
export interface DatabaseDeadlines {
  connectMs: number;
  statementMs: number;
}
const DEFAULT_DEADLINES: DatabaseDeadlines = { connectMs: 3_000, statementMs: 10_000 };
/** Migrating: an index or a summary's fill over years of data takes minutes, not a request's seconds. */
export const MIGRATION_DEADLINES: DatabaseDeadlines = { connectMs: 3_000, statementMs: 3_600_000 };

export function dataSourceOptions(url: string, poolSize = 10, deadlines = DEFAULT_DEADLINES) {
  return {
    type: 'postgres' as const,
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    extra: {
      max: poolSize,
      connectionTimeoutMillis: deadlines.connectMs,
      // An idle connection is closed after a minute, not pg's ten seconds: at a steady light load the second or
      // third connection is wanted every few seconds (two requests at once), and one closed in between is opened
      // again by the request that wants it, which then waits for the new session and its first statements' plans.
      idleTimeoutMillis: 60_000,
      // The server stops a statement at this deadline; the client stops waiting a moment later.
      statement_timeout: deadlines.statementMs,
      query_timeout: deadlines.statementMs + 1_000,
      // No JIT compilation: it costs a report's statement hundreds of milliseconds and saves none of them. A
      // report's grouping of a year's records (a few hundred groups, estimated at tens of thousands) is hashed in
      // memory rather than sorted on disk.
      options: '-c jit=off -c work_mem=16MB',
    },
  };
}

export function createDataSource(url: string, poolSize?: number, deadlines?: DatabaseDeadlines): DataSource {
  return new DataSource(dataSourceOptions(url, poolSize, deadlines));
}
