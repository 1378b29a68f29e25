import { Can } from '../auth/auth';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { NOTIFICATION_METHODS } from '../../../../libs/contracts';
import { today } from '../../../../libs/domain/dates';
import { appealDeadline, notifiedOn } from '../../../../libs/domain/decisions';
import { holidayOn, isWorkingDay } from '../../../../libs/domain/working-days';
import { Returns, Shapes } from '../common/responses';
import { isoDate } from '../common/schemas';

class DeadlineQueryDto extends createZodDto(
  z
    .object({
      sentOn: isoDate.describe('The day the decision is sent or handed over'),
      notification: z.enum(NOTIFICATION_METHODS).default('post'),
    })
    .strict(),
) {}

class DayQueryDto extends createZodDto(z.object({ on: isoDate }).strict()) {}

const Today = z
  .object({ today: Shapes.date, timeZone: z.literal('Europe/Helsinki') })
  .meta({ id: 'Today', example: { today: '2026-11-27', timeZone: 'Europe/Helsinki' } });

const Day = z
  .object({
    on: Shapes.date,
    workingDay: z.boolean(),
    holiday: z.string().nullable().describe('The public holiday or eve the day is, by code'),
  })
  .meta({ id: 'CalendarDay', example: { on: '2026-12-24', workingDay: false, holiday: 'christmas_eve' } });

const Deadline = z
  .object({
    sentOn: Shapes.date,
    notification: z.enum(NOTIFICATION_METHODS),
    notifiedOn: Shapes.date.describe('The day the decision counts as received'),
    lastDay: Shapes.date.describe('The last day to request rectification'),
  })
  .meta({
    id: 'RectificationDeadline',
    example: { sentOn: '2026-11-27', notification: 'post', notifiedOn: '2026-12-04', lastDay: '2027-01-04' },
  });

/**
 * The county's calendar: today as a day in Finland, and deadlines as the law counts them. Clients
 * (the web application, integrations, the tests) ask here rather than read their own clock and zone.
 */
@ApiTags('calendar')
@ApiBearerAuth()
@Controller('calendar')
export class CalendarController {
  @Get('today')
  @Can('calendar.read')
  @ApiOperation({ summary: "Today's date in Europe/Helsinki, the day every date in the system is counted in" })
  @Returns(Today)
  today() {
    return { today: today(), timeZone: 'Europe/Helsinki' };
  }

  @Get('day')
  @Can('calendar.read')
  @ApiOperation({ summary: 'Whether a day is a Finnish working day, and which holiday or eve it is' })
  @Returns(Day)
  day(@Query() q: DayQueryDto) {
    return { on: q.on, workingDay: isWorkingDay(q.on), holiday: holidayOn(q.on) };
  }

  @Get('rectification-deadline')
  @Can('calendar.read')
  @ApiOperation({
    summary: 'When a decision counts as received, and the last day to request rectification (434/2003, 150/1930)',
  })
  @Returns(Deadline)
  rectificationDeadline(@Query() q: DeadlineQueryDto) {
    return {
      sentOn: q.sentOn,
      notification: q.notification,
      notifiedOn: notifiedOn(q.sentOn, q.notification),
      lastDay: appealDeadline(q.sentOn, q.notification),
    };
  }
}
