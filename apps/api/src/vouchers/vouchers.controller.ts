import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { today } from '../../../../libs/domain/dates';
import { type AuthUser, Can, CurrentUser } from '../auth/auth';
import { Returns } from '../common/responses';
import { SetVoucherValueDto, VoucherProviderDto, VoucherQueryDto } from './vouchers.dto';
import { VoucherOffer, VoucherProvider, VoucherValue } from './vouchers.responses';
import { VouchersService } from './vouchers.service';

@ApiTags('vouchers')
@ApiBearerAuth()
@Controller('vouchers')
export class VouchersController {
  constructor(private readonly vouchers: VouchersService) {}

  @Get()
  @Can('supplier.offers.read')
  @ApiOperation({ summary: "A service's voucher on a day: its value, and the providers a family may choose from" })
  @Returns(VoucherOffer)
  offer(@Query() q: VoucherQueryDto) {
    return this.vouchers.offer(q.serviceCode, q.on ?? today());
  }

  @Post('values')
  @Can('contract.change')
  @ApiOperation({ summary: "The county's value of a service's voucher from a day on" })
  @Returns(VoucherValue, { status: 201, description: 'Created' })
  setValue(@Body() dto: SetVoucherValueDto, @CurrentUser() user: AuthUser) {
    return this.vouchers.setValue(dto, user);
  }

  @Post('providers')
  @Can('contract.change')
  @HttpCode(200)
  @ApiOperation({ summary: "A supplier approved as a provider of a service's voucher, or its approval withdrawn" })
  @Returns(VoucherProvider)
  setProvider(@Body() dto: VoucherProviderDto, @CurrentUser() user: AuthUser) {
    return this.vouchers.setProvider(dto, user);
  }
}
