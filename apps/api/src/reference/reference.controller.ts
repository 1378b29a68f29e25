import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { today } from '../../../../libs/domain/dates';
import { isoDate } from '../common/schemas';
import { CostCentreEntity, UserEntity } from '../../../../libs/persistence/entities/reference.entity';
import { AccessLogService } from '../access/access-log.service';
import { reach } from '../access/record-policy';
import { select } from '../common/postgres';
import { type AuthUser, CurrentUser, Can } from '../auth/auth';
import { Returns } from '../common/responses';
import { Client, CostCentre, Me, SupplierOffer } from './reference.responses';
import { SuppliersService } from './suppliers.service';

class OfferingQueryDto extends createZodDto(
  z
    .object({
      serviceCode: z.string().min(1).max(64),
      on: isoDate.optional(),
    })
    .strict(),
) {}

@ApiTags('reference')
@ApiBearerAuth()
@Controller()
export class ReferenceController {
  constructor(
    private readonly ds: DataSource,
    private readonly suppliers: SuppliersService,
    private readonly accessLog: AccessLogService,
  ) {}

  @Get('me')
  @Can('me.read')
  @Returns(Me)
  async me(@CurrentUser() user: AuthUser) {
    const row = await this.ds.getRepository(UserEntity).findOneBy({ id: user.userId });
    return { ...user, username: row?.username ?? null, name: row?.fullName ?? null };
  }

  /** The own worker's clients: every client has a named own worker. */
  @Get('clients')
  @Can('client.list')
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

  @Get('suppliers')
  @Can('supplier.offers.read')
  @Returns([SupplierOffer])
  offering(@Query() q: OfferingQueryDto) {
    return this.suppliers.offering(q.serviceCode, q.on ?? today());
  }

  @Get('cost-centres')
  @Can('cost_centre.read')
  @Returns([CostCentre])
  costCentres() {
    return this.ds.getRepository(CostCentreEntity).find({ order: { code: 'ASC' } });
  }
}
