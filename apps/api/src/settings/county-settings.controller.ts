import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthUser, Can, CurrentUser } from '../auth/auth';
import { Returns } from '../common/responses';
import { SetCountySettingDto } from './county-settings.dto';
import { CountySetting, CountySettings } from './county-settings.responses';
import { CountySettingsService } from './county-settings.service';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('county-settings')
export class CountySettingsController {
  constructor(private readonly settings: CountySettingsService) {}

  @Get()
  @Can('county_settings.read')
  @ApiOperation({ summary: "The county's targets, baselines and norms: those in force today and every value set" })
  @Returns(CountySettings)
  list(@CurrentUser() user: AuthUser) {
    return this.settings.list(user);
  }

  @Post()
  @Can('county_settings.change')
  @ApiOperation({
    summary: 'Sets a target, baseline or norm from a day, with its source; earlier values stay for their periods',
  })
  @Returns(CountySetting, { status: 201, description: 'Set' })
  set(@Body() dto: SetCountySettingDto, @CurrentUser() user: AuthUser) {
    return this.settings.set(dto, user);
  }
}
