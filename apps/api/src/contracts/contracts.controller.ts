import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthUser, Can, CurrentUser } from '../auth/auth';
import { Uuid } from '../common/params';
import { Returns } from '../common/responses';
import {
  ContractListQueryDto,
  ContractReasonDto,
  CreateContractDto,
  EndContractDto,
  EndingQueryDto,
  RenewContractDto,
  RepriceContractDto,
} from './contracts.dto';
import { Contract, ContractDetail } from './contracts.responses';
import { ContractsService } from './contracts.service';

@ApiTags('contracts')
@ApiBearerAuth()
@Controller('contracts')
export class ContractsController {
  constructor(private readonly contracts: ContractsService) {}

  @Get()
  @Can('contract.read')
  @ApiOperation({ summary: 'Supplier contracts, by supplier, service, status, or ending within some days' })
  @Returns([Contract])
  list(@Query() q: ContractListQueryDto, @CurrentUser() user: AuthUser) {
    return this.contracts.list(q, user);
  }

  @Get('ending')
  @Can('contract.read')
  @ApiOperation({ summary: 'Contracts not ended whose validity ends within the days given (90 unless told): to renew' })
  @Returns([Contract])
  ending(@Query() q: EndingQueryDto, @CurrentUser() user: AuthUser) {
    return this.contracts.list({ endingWithinDays: q.withinDays }, user);
  }

  @Get(':id')
  @Can('contract.read')
  @ApiOperation({ summary: 'A contract with its history and the payment commitments made under it' })
  @Returns(ContractDetail)
  one(@Uuid('id', 'contract') id: string, @CurrentUser() user: AuthUser) {
    return this.contracts.one(id, user);
  }

  @Post()
  @Can('contract.change')
  @ApiOperation({ summary: 'A contract from a procurement decision' })
  @Returns(ContractDetail, { status: 201, description: 'Created' })
  create(@Body() dto: CreateContractDto, @CurrentUser() user: AuthUser) {
    return this.contracts.create(dto, user);
  }

  @Post(':id/renew')
  @Can('contract.change')
  @HttpCode(200)
  @ApiOperation({ summary: 'A new last day of validity, later than the present one' })
  @Returns(ContractDetail)
  renew(@Uuid('id', 'contract') id: string, @Body() dto: RenewContractDto, @CurrentUser() user: AuthUser) {
    return this.contracts.renew(id, dto, user);
  }

  @Post(':id/reprice')
  @Can('contract.change')
  @HttpCode(200)
  @ApiOperation({ summary: 'A new unit price from a day on: for orders and commitments made from then' })
  @Returns(ContractDetail)
  reprice(@Uuid('id', 'contract') id: string, @Body() dto: RepriceContractDto, @CurrentUser() user: AuthUser) {
    return this.contracts.reprice(id, dto, user);
  }

  @Post(':id/suspend')
  @Can('contract.change')
  @HttpCode(200)
  @ApiOperation({ summary: 'Not offered for new orders from today until resumed' })
  @Returns(ContractDetail)
  suspend(@Uuid('id', 'contract') id: string, @Body() dto: ContractReasonDto, @CurrentUser() user: AuthUser) {
    return this.contracts.suspend(id, dto.reason, user);
  }

  @Post(':id/resume')
  @Can('contract.change')
  @HttpCode(200)
  @ApiOperation({ summary: 'A suspended contract offered again' })
  @Returns(ContractDetail)
  resume(@Uuid('id', 'contract') id: string, @Body() dto: ContractReasonDto, @CurrentUser() user: AuthUser) {
    return this.contracts.resume(id, dto.reason, user);
  }

  @Post(':id/end')
  @Can('contract.change')
  @HttpCode(200)
  @ApiOperation({ summary: 'Ends the contract on a day: no new orders or commitments after it' })
  @Returns(ContractDetail)
  end(@Uuid('id', 'contract') id: string, @Body() dto: EndContractDto, @CurrentUser() user: AuthUser) {
    return this.contracts.end(id, dto, user);
  }
}
