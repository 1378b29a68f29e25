import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AccessLogService } from '../access/access-log.service';
import { ReadsClientData } from '../access/client-data';
import { reach } from '../access/record-policy';
import { type AuthUser, Can, CurrentUser } from '../auth/auth';
import { select } from '../common/postgres';
import { Returns } from '../common/responses';
import { Client } from './clients.responses';

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
  @Returns([Client])
  async clients(@CurrentUser() user: AuthUser) {
    const params: unknown[] = [];
    const clients = await select<{ id: string }>(
      this.ds,
      `select c.id, c.full_name as "fullName", to_char(c.date_of_birth, 'YYYY-MM-DD') as "dateOfBirth",
              c.municipality_code as "municipalityCode", c.language, c.legal_basis as "legalBasis",
              c.own_worker_id as "ownWorkerId", c.address, c.contact_name as "contactName", c.contact_phone as "contactPhone"
       from client c where ${reach(user, 'client', (v) => `$${params.push(v)}`)} order by c.full_name, c.id`,
      params,
    );
    await this.accessLog.listed(
      user,
      clients.map((c) => c.id),
      'client',
    );
    return clients;
  }
}
