import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { type AuthUser, Can, CurrentUser } from '../auth/auth';
import { Card } from '../catalogue/catalogue.responses';
import { CatalogueService } from '../catalogue/catalogue.service';
import { Returns } from '../common/responses';
import { DevPublishServiceDto } from './dev.dto';

/**
 * The development-only API (evaka's dev-api): fixtures that the tests and `npm start` set up with and a
 * county never would. Registered only with DEV_API=on, which production refuses; absent (404) otherwise,
 * and never in the public OpenAPI document.
 */
@ApiExcludeController()
@Controller('dev-api/catalogue')
export class DevCatalogueController {
  constructor(private readonly catalogue: CatalogueService) {}

  /** As `PUT /catalogue/services/:code`, but the periods may last seconds: a development catalogue. */
  @Put('services/:code')
  @Can('catalogue.change')
  @Returns(Card)
  publish(@Param('code') code: string, @CurrentUser() user: AuthUser, @Body() dto: DevPublishServiceDto) {
    return this.catalogue.publish(user, code, dto);
  }
}
