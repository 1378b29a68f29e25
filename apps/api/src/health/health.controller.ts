import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/auth';
import { RETRY_AFTER_SECONDS } from '../common/error.filter';
import { TemporalClient } from '../common/temporal.module';
import { Returns } from '../common/responses';
import { Health, Liveness } from './health.responses';

/** Each dependency has this long to answer, so that health answers within two seconds whatever is down. */
const PROBE_MS = 1_500;

type Check = { ok: true } | { ok: false; reason: 'not answering' | 'too slow' };

/** A probe's outcome in words an operator can act on; the error itself goes to the log, not to the caller. */
async function check(probe: () => Promise<unknown>): Promise<Check> {
  let timer: NodeJS.Timeout | undefined;
  const slow = new Promise<Check>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, reason: 'too slow' }), PROBE_MS);
  });
  const answered = probe().then(
    (): Check => ({ ok: true }),
    (): Check => ({ ok: false, reason: 'not answering' }),
  );
  try {
    return await Promise.race([answered, slow]);
  } finally {
    clearTimeout(timer);
  }
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
  @Public()
  @Returns(Liveness, { status: 200, description: 'The process answers' })
  live() {
    return { live: true as const };
  }

  /**
   * Readiness (also at /health/ready): 200 when the database and Temporal both answer, 503 naming the
   * one that does not; within two seconds. A load balancer sends requests only to a ready API.
   */
  @Get(['', 'ready'])
  @Public()
  @Returns(
    Health,
    { status: 200, description: 'Both answer' },
    { status: 503, description: 'One does not answer; the body names it' },
  )
  async health(@Res({ passthrough: true }) res: Response) {
    const [database, temporal] = await Promise.all([
      check(() => this.ds.query('select 1')),
      check(() => this.temporal.call((client) => client.connection.workflowService.getSystemInfo({}))),
    ]);
    const ok = database.ok && temporal.ok;
    res.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    if (!ok) res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    return { status: ok ? 'ok' : 'degraded', database, temporal };
  }
}
