import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { RETRY_AFTER_SECONDS, readiness } from '../../../../libs/observability/http-probes';
import { Public } from '../auth/auth';
import { TemporalClient } from '../common/temporal.module';
import { Returns } from '../common/responses';
import { Health, Liveness } from './health.responses';

/** What the API needs to serve: the database and Temporal. The operator port asks the same (main.ts). */
export function apiProbes(ds: DataSource, temporal: TemporalClient) {
  return {
    database: () => ds.query('select 1'),
    temporal: () => temporal.call((client) => client.connection.workflowService.getSystemInfo({})),
  };
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly ds: DataSource,
    private readonly temporal: TemporalClient,
  ) {}

  /** Liveness: the process answers (a restart would not help when a dependency is away). */
  @Get('live')
  @Public('a load balancer or orchestrator asks whether the process answers')
  @Returns(Liveness, { status: 200, description: 'The process answers' })
  live() {
    return { live: true as const };
  }

  /**
   * Readiness (also at /health/ready): 200 when the database and Temporal both answer, 503 naming the
   * one that does not; within two seconds. A load balancer sends requests only to a ready API.
   */
  @Get(['', 'ready'])
  @Public('a load balancer asks whether the API can serve; it names no data')
  @Returns(
    Health,
    { status: 200, description: 'Both answer' },
    { status: 503, description: 'One does not answer; the body names it' },
  )
  async health(@Res({ passthrough: true }) res: Response) {
    const { httpStatus, body } = await readiness(apiProbes(this.ds, this.temporal));
    res.status(httpStatus);
    if (httpStatus === 503) res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    return body;
  }
}
