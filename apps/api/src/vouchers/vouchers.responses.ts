import { z } from 'zod';
import { VOUCHER_UNITS } from '../../../../libs/contracts/voucher-commands';
import { Shapes } from '../common/responses';

const { date } = Shapes;

export const VoucherValue = z
  .object({
    serviceCode: z.string(),
    unit: z.enum(VOUCHER_UNITS),
    valueCents: z.number().int(),
    validFrom: date,
    source: z.string(),
  })
  .meta({
    id: 'VoucherValue',
    example: {
      serviceCode: 'home_help',
      unit: 'hour',
      valueCents: 3200,
      validFrom: '2026-01-01',
      source: 'Aluehallituksen päätös 12.11.2025 § 140',
    },
  });

export const VoucherProvider = z
  .object({
    supplierId: z.uuid(),
    supplierName: z.string(),
    serviceCode: z.string(),
    approvedOn: date,
    withdrawnOn: date.nullable(),
  })
  .meta({
    id: 'VoucherProvider',
    example: {
      supplierId: '2a8c4e61-9b3d-4f5a-8c7e-1b3d5f7a9c42',
      supplierName: 'Perhepalvelu Esimerkki Oy',
      serviceCode: 'home_help',
      approvedOn: '2026-02-01',
      withdrawnOn: null,
    },
  });

export const VoucherOffer = z
  .object({
    serviceCode: z.string(),
    on: date,
    value: VoucherValue.nullable().describe('The value in force on the day; null while the county has set none'),
    providers: z.array(VoucherProvider).describe('The suppliers approved to accept the voucher on the day'),
  })
  .meta({ id: 'VoucherOffer' });
