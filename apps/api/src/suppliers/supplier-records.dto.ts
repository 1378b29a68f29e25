import { createZodDto } from 'nestjs-zod';
import { SupplierRecordSchema } from '../../../../libs/contracts/supplier-commands';

/** A new supplier's record, and a changed one: the shared schema the web's forms validate with too. */
export class SupplierRecordDto extends createZodDto(SupplierRecordSchema) {}
