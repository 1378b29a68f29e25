import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/auth';
import { TemporalClient } from '../common/temporal.module';

type Check = { ok: boolean; error?: string };

async function check(probe: () => Promise<unknown>): Promise<Check> {
  try {
    await probe();
    return { ok: true };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly ds: DataSource,
    private readonly temporal: TemporalClient,
  ) {}

  /** 200 when the database and Temporal both answer, 503 naming the one that does not. */
  @Get()
  @Public()
  async health(@Res({ passthrough: true }) res: Response) {
    const [database, temporal] = await Promise.all([
      check(() => this.ds.query('select 1')),
      check(async () => (await this.temporal.get()).connection.workflowService.getSystemInfo({})),
    ]);
    const ok = database.ok && temporal.ok;
    res.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return { status: ok ? 'ok' : 'degraded', database, temporal };
  }
}
