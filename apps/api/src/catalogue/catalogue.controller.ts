import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Can } from '../auth/auth';
import { CardQueryDto, CatalogueQueryDto, PublishServiceDto } from './catalogue.dto';
import { Returns } from '../common/responses';
import { Card, Catalogue, CatalogueVersion } from './catalogue.responses';
import { CatalogueService } from './catalogue.service';

@ApiTags('catalogue')
@ApiBearerAuth()
@Controller('catalogue')
export class CatalogueController {
  constructor(private readonly catalogue: CatalogueService) {}

  @Get('services')
  @Can('catalogue.read')
  @ApiOperation({ summary: 'Browse and search the principle cards, in one language or all three' })
  @Returns(Catalogue)
  list(@Query() q: CatalogueQueryDto) {
    return this.catalogue.browse(q);
  }

  @Get('services/:code')
  @Can('catalogue.read')
  @ApiOperation({ summary: "One service's principle card and rules" })
  @Returns(Card)
  one(@Param('code') code: string, @Query() q: CardQueryDto) {
    return this.catalogue.card(code, q);
  }

  @Put('services/:code')
  @Can('catalogue.change')
  @ApiOperation({ summary: 'Add or change a service: publishes a new catalogue version' })
  @Returns(Card)
  publish(@Param('code') code: string, @CurrentUser() user: AuthUser, @Body() dto: PublishServiceDto) {
    return this.catalogue.publish(user, code, dto);
  }

  @Get('versions')
  @Can('catalogue.read')
  @ApiOperation({ summary: 'Every published version: when, by whom, why, which services changed' })
  @Returns([CatalogueVersion])
  versions() {
    return this.catalogue.history();
  }
}
