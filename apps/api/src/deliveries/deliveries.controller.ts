import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { DELIVERY_ACTIONS } from '../../../../libs/contracts/actions';
import { listDeliveries, retryParked } from '../../../../libs/delivery/outbox';
import { type AuthUser, Can, CurrentUser } from '../auth/auth';
import { DomainError } from '../common/domain-error';
import { Returns, Shapes } from '../common/responses';
import { deliveryActionsFor } from './delivery-actions';

class DeliveryQueryDto extends createZodDto(
  z
    .object({
      status: z.enum(['pending', 'delivered', 'parked']).default('parked'),
      limit: z.coerce.number().int().min(1).max(500).default(100),
    })
    .strict(),
) {}

const Delivery = z
  .object({
    id: z.string().describe('The outbox row'),
    key: z.string().describe('The idempotency key the receiver gets'),
    topic: z.string(),
    destination: z.enum([
      'finance',
      'client_information',
      'county',
      'supplier',
      'own_worker',
      'team_lead',
      'arranging_team',
      'procurement',
    ]),
    status: z.enum(['pending', 'delivered', 'parked']),
    attempts: z.number().int(),
    lastError: z.string().nullable().describe("The receiver's last answer, or why it could not be reached"),
    createdAt: Shapes.timestamp,
    deliveredAt: Shapes.timestamp.nullable(),
    parkedAt: Shapes.timestamp.nullable(),
    nextAttemptAt: Shapes.timestamp.nullable(),
    allowedActions: z.array(z.enum(DELIVERY_ACTIONS)).describe('What the caller may do: send a parked message again'),
  })
  .meta({
    id: 'Delivery',
    example: {
      id: '4711',
      key: '0b6f8a52-3c1e-4f7a-9d2b-5e8c1a7f4b60:7:commitment',
      topic: 'finance.payment_commitment',
      destination: 'finance',
      status: 'parked',
      attempts: 1,
      lastError: 'finance.example answered 400: {"error":"unknown cost centre"}',
      createdAt: '2026-11-27T09:30:00.000Z',
      deliveredAt: null,
      parkedAt: '2026-11-27T09:30:01.000Z',
      nextAttemptAt: null,
      allowedActions: ['retry'],
    },
  });

/**
 * What the outbox has delivered, and what waits for an operator: a message a receiver refused (4xx) or
 * could not take for as long as it is retried is parked with the answer kept, until it is retried here.
 */
@ApiTags('deliveries')
@ApiBearerAuth()
@Controller('deliveries')
export class DeliveriesController {
  constructor(private readonly ds: DataSource) {}

  @Get()
  @Can('delivery.read')
  @ApiOperation({ summary: 'Messages to other systems and people by status, newest first (default: parked)' })
  @Returns([Delivery])
  async list(@Query() q: DeliveryQueryDto, @CurrentUser() user: AuthUser) {
    const rows = await listDeliveries(this.ds, q.status, q.limit);
    return rows.map((d) => ({ ...d, allowedActions: deliveryActionsFor(user, d) }));
  }

  @Post(':id/retry')
  @Can('delivery.retry')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a parked message again (after the receiver or an address is fixed)' })
  @Returns(Delivery)
  async retry(@Param('id') id: string, @CurrentUser() user: AuthUser) {
    if (!/^\d{1,18}$/.test(id)) throw DomainError.invalidField('id', 'format', 'must be a delivery id (digits)');
    const retried = await retryParked(this.ds, id, user.userId);
    if (!retried) throw DomainError.notFound('parked delivery', id);
    return { ...retried, allowedActions: deliveryActionsFor(user, retried) };
  }
}
