import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { today } from '../../../../libs/domain/dates';
import { isoDate } from '../common/schemas';
import { CostCentreEntity } from '../../../../libs/persistence/entities/reference.entity';
import { Can } from '../auth/auth';
import { Returns } from '../common/responses';
import { CostCentre, SupplierOffer } from './reference.responses';
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
  ) {}

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
