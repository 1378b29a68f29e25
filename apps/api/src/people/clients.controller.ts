import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { clientQuerySql, parseClientQuery } from '../../../../libs/domain/client-search';
import { AccessLogService } from '../access/access-log.service';
import { clientActionsFor } from '../access/allowed-actions';
import { ReadsClientData } from '../access/client-data';
import { reach } from '../access/record-policy';
import { type AuthUser, Can, CurrentUser } from '../auth/auth';
import { select } from '../common/postgres';
import { Returns } from '../common/responses';
import { Client, FoundClient } from './clients.responses';

const search = z
  .string()
  .trim()
  .max(200)
  .describe('Words of the name, and a birth date as 24.12.2016 or 2016-12-24; every term must match');

class ClientsQueryDto extends createZodDto(
  z
    .object({
      q: search.optional(),
      ownWorkerId: z.uuid().optional().describe("Only this own worker's clients"),
      handover: z
        .literal('needed')
        .optional()
        .describe('Only clients whose own worker has left or has a leaving day: to be handed over'),
    })
    .strict(),
) {}

class FindClientQueryDto extends createZodDto(
  z.object({ q: search.pipe(z.string().min(2, 'must be at least 2 characters')) }).strict(),
) {}

/** At most this many clients answer a search by name or birth date: it finds one, it does not list them. */
const FOUND_AT_MOST = 20;

/** The own worker's clients (a team lead's: those of the own workers they lead), each listing logged. */
@ApiTags('people')
@ApiBearerAuth()
@Controller('clients')
export class ClientsController {
  constructor(
    private readonly ds: DataSource,
    private readonly accessLog: AccessLogService,
  ) {}

  /** Every client has a named own worker. */
  @Get()
  @Can('client.list')
  @ReadsClientData('client')
  @ApiOperation({ summary: 'The clients one reaches, searched by name or birth date; each one listed is logged' })
  @Returns([Client])
  async clients(@CurrentUser() user: AuthUser, @Query() query: ClientsQueryDto) {
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    const conditions = [reach(user, 'client', p), clientQuerySql(parseClientQuery(query.q ?? ''), p)];
    if (query.ownWorkerId) conditions.push(`c.own_worker_id = ${p(query.ownWorkerId)}`);
    if (query.handover) {
      conditions.push('(w.disabled_at is not null or w.leaving_on is not null)');
    }
    const clients = await select<{ id: string }>(
      this.ds,
      `select c.id, c.full_name as "fullName", to_char(c.date_of_birth, 'YYYY-MM-DD') as "dateOfBirth",
              c.municipality_code as "municipalityCode", c.language, c.legal_basis as "legalBasis",
              c.own_worker_id as "ownWorkerId", w.full_name as "ownWorkerName",
              to_char(w.leaving_on, 'YYYY-MM-DD') as "ownWorkerLeavingOn", w.disabled_at is not null as "ownWorkerDisabled",
              c.address, c.contact_name as "contactName", c.contact_phone as "contactPhone",
              c.special_support_needs as "specialSupportNeeds"
       from client c join app_user w on w.id = c.own_worker_id
       where ${conditions.join(' and ')} order by c.full_name, c.id`,
      params,
    );
    await this.accessLog.listed(
      user,
      clients.map((c) => c.id),
      'client',
    );
    const allowedActions = clientActionsFor(user);
    return clients.map((c) => ({ ...c, allowedActions }));
  }

  /**
   * Finding a client to answer their request (the registry office), or a team lead's: only what tells the
   * client apart, never their details; every client found is logged.
   */
  @Get('find')
  @Can('client.find')
  @ReadsClientData('client')
  @ApiOperation({
    summary: `Find a client by name or birth date: id, name, birth date and language, at most ${FOUND_AT_MOST}`,
  })
  @Returns([FoundClient])
  async find(@CurrentUser() user: AuthUser, @Query() query: FindClientQueryDto) {
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    const found = await select<{ id: string }>(
      this.ds,
      `select c.id, c.full_name as "fullName", to_char(c.date_of_birth, 'YYYY-MM-DD') as "dateOfBirth", c.language
       from client c where ${reach(user, 'client', p)} and ${clientQuerySql(parseClientQuery(query.q), p)}
       order by c.full_name, c.date_of_birth, c.id limit ${FOUND_AT_MOST}`,
      params,
    );
    await this.accessLog.listed(
      user,
      found.map((c) => c.id),
      'client',
    );
    return found;
  }
}
