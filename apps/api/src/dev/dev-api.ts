import type { Type } from '@nestjs/common';
import type { Config } from '../common/config.provider';
import { DevCatalogueController } from './dev-catalogue.controller';
import { DevSupervisionController } from './dev-supervision.controller';

/** The development API's routes when the configuration turns it on (DEV_API=on), and none otherwise. */
export function devApiControllers(config: Pick<Config, 'DEV_API'>): Type[] {
  return config.DEV_API === 'on' ? [DevCatalogueController, DevSupervisionController] : [];
}
