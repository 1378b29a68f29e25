import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { UserEntity } from '../../../../libs/persistence/entities/reference.entity';
import { meActionsOf, menuOf } from '../access/menu';
import { Returns } from '../common/responses';
import { type AuthUser, Can, CurrentUser } from './auth';
import { Me } from './me.responses';

/**
 * Who the caller is signed in as: their role, teams and name, for the screens to greet them; and their menu
 * and what else they may do, for the screens to offer (decided here, never by the screens from the role).
 */
@ApiTags('auth')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(private readonly ds: DataSource) {}

  @Get()
  @Can('me.read')
  @Returns(Me)
  async me(@CurrentUser() user: AuthUser) {
    const row = await this.ds.getRepository(UserEntity).findOneBy({ id: user.userId });
    return {
      ...user,
      unitLead: user.unitLead === true,
      username: row?.username ?? null,
      name: row?.fullName ?? null,
      pages: menuOf(user),
      allowedActions: meActionsOf(user),
    };
  }
}
