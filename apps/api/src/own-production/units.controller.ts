import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthUser, Can, CurrentUser } from '../auth/auth';
import { Returns } from '../common/responses';
import { UnitCapacity, UnitWorker } from './units.responses';
import { UnitsService } from './units.service';

@ApiTags('own production')
@ApiBearerAuth()
@Controller('own-production')
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @Get('capacity')
  @Can('unit.capacity.read')
  @ApiOperation({
    summary: "The own-production units' capacity per service against the hours they have taken on (a unit's own)",
  })
  @Returns([UnitCapacity])
  capacity(@CurrentUser() user: AuthUser) {
    return this.units.capacity(user);
  }

  @Get('workers')
  @Can('unit.workers.read')
  @ApiOperation({ summary: "The unit's workers: whom it may name, accepting an order, to work with the family" })
  @Returns([UnitWorker])
  workers(@CurrentUser() user: AuthUser) {
    return this.units.workers(user);
  }
}
