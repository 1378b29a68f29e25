import { Can } from '../auth/auth';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { NOTIFICATION_METHODS } from '../../../../libs/contracts';
import { today } from '../../../../libs/domain/dates';
import { appealDeadline, notifiedOn } from '../../../../libs/domain/decisions';
import { holidayOn, isWorkingDay } from '../../../../libs/domain/working-days';
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
  today() {
    return { today: today(), timeZone: 'Europe/Helsinki' };
  }

  @Get('day')
  @Can('calendar.read')
  @ApiOperation({ summary: 'Whether a day is a Finnish working day, and which holiday or eve it is' })
  day(@Query() q: DayQueryDto) {
    return { on: q.on, workingDay: isWorkingDay(q.on), holiday: holidayOn(q.on) };
  }

  @Get('rectification-deadline')
  @Can('calendar.read')
  @ApiOperation({
    summary: 'When a decision counts as received, and the last day to request rectification (434/2003, 150/1930)',
  })
  rectificationDeadline(@Query() q: DeadlineQueryDto) {
    return {
      sentOn: q.sentOn,
      notification: q.notification,
      notifiedOn: notifiedOn(q.sentOn, q.notification),
      lastDay: appealDeadline(q.sentOn, q.notification),
    };
  }
}
