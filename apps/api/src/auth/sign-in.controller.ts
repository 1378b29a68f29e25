import { Body, Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { CONFIG, type Config } from '../common/config.provider';
import { DomainError, ErrorCode } from '../common/domain-error';
import { select } from '../common/postgres';
import { Public } from './auth';
import { mintTokens } from './tokens';
import { Returns } from '../common/responses';
import { SignedIn, SignInConfig, SignInUser } from './sign-in.responses';

class SignInDto extends createZodDto(z.object({ username: z.string().min(1).max(100) }).strict()) {}

/**
 * The development sign-in: lists the people of the register and signs in as one with the development
 * key. It answers only while the API runs with that key; with the identity provider's keys configured
 * (production) these are 404, as if they did not exist, and the web app signs in with OpenID Connect
 * (`GET /sign-in/config` tells it which).
 */

@ApiTags('sign-in')
@Controller('sign-in')
export class DevSignInController {
  constructor(
    private readonly ds: DataSource,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  @Get('config')
  @Public()
  @ApiOperation({ summary: 'How the web app signs in: the development list, or the identity provider' })
  @Returns(SignInConfig)
  signInConfig() {
    const { AUTH_JWKS_URL, AUTH_ISSUER, OIDC_CLIENT_ID } = this.config;
    return {
      development: !AUTH_JWKS_URL,
      oidc: AUTH_JWKS_URL && OIDC_CLIENT_ID ? { issuer: AUTH_ISSUER, clientId: OIDC_CLIENT_ID } : null,
    };
  }

  @Get('users')
  @Public()
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
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Development only: a bearer token for a person of the register' })
  @Returns(SignedIn)
  async signIn(@Body() dto: SignInDto) {
    this.onlyInDevelopment();
    const [user] = await select<{ username: string }>(
      this.ds,
      'select username from app_user where username = $1 and disabled_at is null',
      [dto.username],
    );
    if (!user) throw DomainError.invalidField('username', 'known_user', 'no active user has this username');
    const tokens = await mintTokens(this.ds, this.config, [user.username]);
    return { token: tokens.get(user.username)! };
  }

  private onlyInDevelopment(): void {
    if (this.config.AUTH_JWKS_URL) throw new DomainError(ErrorCode.NotFound, 'no such route');
  }
}
