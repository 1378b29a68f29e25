import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Can } from '../auth/auth';
import { CardDiffQueryDto, CardQueryDto, CatalogueQueryDto, PublishServiceDto } from './catalogue.dto';
import { Returns } from '../common/responses';
import { Card, CardDiff, Catalogue, CatalogueVersion } from './catalogue.responses';
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
  @ApiOperation({ summary: "One service's principle card and rules, with whether the caller may publish a new one" })
  @Returns(Card)
  one(@Param('code') code: string, @Query() q: CardQueryDto, @CurrentUser() user: AuthUser) {
    return this.catalogue.card(code, q, user);
  }

  @Get('services/:code/diff')
  @Can('catalogue.read')
  @ApiOperation({ summary: "What changed in a service's card between two versions, field by field" })
  @Returns(CardDiff)
  diff(@Param('code') code: string, @Query() q: CardDiffQueryDto) {
    return this.catalogue.diff(code, q);
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
