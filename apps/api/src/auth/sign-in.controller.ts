import { Body, Controller, Get, HttpCode, Inject, Ip, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { CONFIG, type Config } from '../common/config.provider';
import { DomainError, ErrorCode } from '../common/domain-error';
import { select } from '../common/postgres';
import { Public } from './auth';
import { Returns } from '../common/responses';
import { SignInConfig, SignInUser } from './sign-in.responses';
import { SessionFacts } from './session.responses';
import { OidcSignIn } from './oidc-sign-in';
import { SessionStore } from './sessions';
import { SignInThrottle } from './sign-in-throttle';

class SignInDto extends createZodDto(z.object({ username: z.string().min(1).max(100) }).strict()) {}

/**
 * The development sign-in: lists the people of the register and begins a browser session as one. It
 * answers only while the API runs with the development key; with the identity provider's keys configured
 * (production) these are 404, as if they did not exist, and the web app signs in through the provider
 * (`GET /sign-in/config` tells it which).
 */

@ApiTags('sign-in')
@Controller('sign-in')
export class DevSignInController {
  constructor(
    private readonly ds: DataSource,
    @Inject(CONFIG) private readonly config: Config,
    private readonly sessions: SessionStore,
    private readonly provider: OidcSignIn,
    private readonly throttle: SignInThrottle,
  ) {}

  @Get('config')
  @Public('the web app asks how to sign in before anyone has')
  @ApiOperation({ summary: 'How the web app signs in: the development list, or the identity provider' })
  @Returns(SignInConfig)
  signInConfig() {
    return { development: !this.config.AUTH_JWKS_URL, provider: this.provider.enabled };
  }

  @Get('users')
  @Public("the development sign-in lists whom one may be; 404 with the identity provider's keys")
  @ApiOperation({ summary: 'Development only: the people one may sign in as, by name and role' })
  @Returns([SignInUser])
  async users() {
    this.onlyInDevelopment();
    return select(
      this.ds,
      `select u.username, u.full_name as name, u.role, u.team_id as "teamId", s.name as "supplierName"
       from app_user u left join supplier s on s.id = u.supplier_id
       where u.disabled_at is null order by u.role, u.full_name`,
    );
  }

  @Post()
  @Public("the development sign-in itself; 404 with the identity provider's keys")
  @HttpCode(200)
  @ApiOperation({ summary: 'Development only: a browser session for a person of the register (its cookie)' })
  @Returns(SessionFacts)
  async signIn(
    @Body() dto: SignInDto,
    @Ip() address: string,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    this.onlyInDevelopment();
    await this.throttle.admit(address, dto.username);
    const [user] = await select<{ id: string }>(
      this.ds,
      'select id from app_user where username = $1 and disabled_at is null',
      [dto.username],
    );
    if (!user) {
      await this.throttle.failed(address, dto.username);
      throw DomainError.invalidField('username', 'known_user', 'no active user has this username');
    }
    await this.throttle.succeeded(dto.username);
    return this.sessions.begin(req, res, user.id);
  }

  private onlyInDevelopment(): void {
    if (this.config.AUTH_JWKS_URL) throw new DomainError(ErrorCode.NotFound, 'no such route');
  }
}
