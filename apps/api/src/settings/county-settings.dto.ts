import { createZodDto } from 'nestjs-zod';
import { SetCountySettingSchema } from '../../../../libs/contracts/county-settings';

export class SetCountySettingDto extends createZodDto(SetCountySettingSchema) {}
