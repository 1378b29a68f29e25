import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CatalogueService } from './catalogue.service';

@ApiTags('catalogue')
@ApiBearerAuth()
@Controller('catalogue')
export class CatalogueController {
  constructor(private readonly catalogue: CatalogueService) {}

  @Get('services')
  list() {
    return this.catalogue.current();
  }

  @Get('services/:code')
  one(@Param('code') code: string) {
    return this.catalogue.published(code);
  }
}
