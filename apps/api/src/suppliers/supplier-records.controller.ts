import { Body, Controller, Get, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthUser, Can, CurrentUser } from '../auth/auth';
import { Uuid } from '../common/params';
import { Returns } from '../common/responses';
import { SupplierRecordDto } from './supplier-records.dto';
import { SupplierDirectory, SupplierRecord } from './supplier-records.responses';
import { SupplierRecordsService } from './supplier-records.service';

/** Procurement's register of suppliers (`GET /suppliers` is the teams' offer of suppliers for a service). */
@ApiTags('suppliers')
@ApiBearerAuth()
@Controller()
export class SupplierRecordsController {
  constructor(private readonly records: SupplierRecordsService) {}

  @Get('supplier-directory')
  @Can('supplier.record.read')
  @ApiOperation({ summary: 'Every supplier with its contracts in force, open cases and running services (counts)' })
  @Returns(SupplierDirectory)
  directory(@CurrentUser() user: AuthUser) {
    return this.records.directory(user);
  }

  @Get('suppliers/:supplierId')
  @Can('supplier.record.read')
  @ApiOperation({ summary: "A supplier's record: order address, webhook (never its secret), who changed it" })
  @Returns(SupplierRecord)
  one(@Uuid('supplierId', 'supplier') id: string, @CurrentUser() user: AuthUser) {
    return this.records.one(id, user);
  }

  @Post('suppliers')
  @Can('supplier.record.change')
  @ApiOperation({ summary: 'A new supplier; a business id another supplier has is refused (409)' })
  @Returns(SupplierRecord, { status: 201, description: 'Created' })
  create(@Body() dto: SupplierRecordDto, @CurrentUser() user: AuthUser) {
    return this.records.create(dto, user);
  }

  @Put('suppliers/:supplierId')
  @Can('supplier.record.change')
  @ApiOperation({ summary: "The supplier's record changed; a webhook secret left out keeps the present one" })
  @Returns(SupplierRecord)
  change(@Uuid('supplierId', 'supplier') id: string, @Body() dto: SupplierRecordDto, @CurrentUser() user: AuthUser) {
    return this.records.change(id, dto, user);
  }
}
