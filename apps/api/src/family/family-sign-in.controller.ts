import { Body, Controller, Get, HttpCode, Inject, Ip, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeEndpoint, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { createZodDto } from 'nestjs-zod';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { SignedOut } from '../auth/session.responses';
import { CurrentFamily, FamilyRoute, Public } from '../auth/auth';
import { SignInFailed, startedHere } from '../auth/oidc-sign-in';
import { SignInThrottle } from '../auth/sign-in-throttle';
import { CONFIG, type Config } from '../common/config.provider';
import { DomainError, ErrorCode } from '../common/domain-error';
import { select } from '../common/postgres';
import { Returns } from '../common/responses';
import { FamilyOidcSignIn } from './family-oidc';
import { type FamilySession, FamilySessionStore } from './family-sessions';
import { FamilySessionFacts, FamilySignInConfig, FamilySignInPerson } from './family.responses';

class FamilySignInDto extends createZodDto(z.object({ personId: z.uuid() }).strict()) {}

const OWN_SESSION = 'a person signed in to the family view, their own session';

/**
 * The family's sign-in and session. Through the county's identification broker where one is configured;
 * in development (the API without the identity provider's keys, as the workers' list) a list of the
 * persons of the register. Both are 404 where they do not apply.
 */
@ApiTags('family')
@Controller('family')
export class FamilySignInController {
  constructor(
    private readonly ds: DataSource,
    @Inject(CONFIG) private readonly config: Config,
    private readonly sessions: FamilySessionStore,
    private readonly provider: FamilyOidcSignIn,
    private readonly throttle: SignInThrottle,
  ) {}

  @Get('sign-in/config')
  @Public("the family's view asks how to sign in before anyone has")
  @ApiOperation({ summary: "How the family's view signs in: the development list, or the identification broker" })
  @Returns(FamilySignInConfig)
  signInConfig() {
    return { development: this.development(), provider: this.provider.enabled };
  }

  @Get('sign-in/persons')
  @Public("the family's development sign-in lists whom one may be; 404 with the identity provider's keys")
  @ApiOperation({ summary: 'Development only: the persons one may sign in to the family view as' })
  @Returns([FamilySignInPerson])
  async persons() {
    this.onlyInDevelopment();
    return select(this.ds, 'select id, name from person order by name, id');
  }

  @Post('sign-in')
  @Public("the family's development sign-in itself; 404 with the identity provider's keys")
  @HttpCode(200)
  @ApiOperation({ summary: 'Development only: a family session for a person of the register (its cookie)' })
  @Returns(FamilySessionFacts)
  async signIn(
    @Body() dto: FamilySignInDto,
    @Ip() address: string,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    this.onlyInDevelopment();
    await this.throttle.admit(address, dto.personId);
    const [person] = await select<{ name: string }>(this.ds, 'select name from person where id = $1', [dto.personId]);
    if (!person) {
      await this.throttle.failed(address, dto.personId);
      throw DomainError.invalidField('personId', 'known_person', 'no person of the register has this id');
    }
    await this.throttle.succeeded(dto.personId);
    return { name: person.name, personId: dto.personId, ...(await this.sessions.begin(req, res, dto.personId)) };
  }

  @Get('session')
  @FamilyRoute(OWN_SESSION)
  @ApiOperation({
    summary: "The family session's CSRF token, time left and the person's name",
    description: 'With the header X-Session-Peek: 1 the call does not count as use (the idle check).',
  })
  @Returns(FamilySessionFacts)
  async facts(@CurrentFamily() family: FamilySession) {
    const [person] = await select<{ name: string }>(this.ds, 'select name from person where id = $1', [
      family.personId,
    ]);
    return { name: person!.name, personId: family.personId, ...this.sessions.facts(family) };
  }

  @Post('session/sign-out')
  @HttpCode(200)
  @FamilyRoute(OWN_SESSION)
  @ApiOperation({ summary: 'Ends the family session at once; says where to sign out at the broker as well' })
  @Returns(SignedOut)
  async signOut(@CurrentFamily() family: FamilySession, @Res({ passthrough: true }) res: Response) {
    await this.sessions.end(res, family);
    return this.provider.signOut();
  }

  @Get('auth/oidc/start')
  @Public("the browser begins signing in to the family's view at the identification broker here")
  @ApiExcludeEndpoint()
  async start(@Query('returnTo') returnTo: unknown, @Req() req: Request, @Res() res: Response) {
    try {
      if (!startedHere(req)) throw new SignInFailed('not_started_here');
      await this.throttle.admit(req.ip);
      res.redirect(303, (await this.provider.begin(res, familyPath(returnTo))).toString());
    } catch (err) {
      res.redirect(303, failedAt(err));
    }
  }

  @Get('auth/oidc/callback')
  @Public("the identification broker sends the browser back here to sign in to the family's view")
  @ApiExcludeEndpoint()
  async callback(@Req() req: Request, @Res() res: Response) {
    try {
      await this.throttle.admit(req.ip);
      const { personId, account, returnTo } = await this.provider.finishPerson(req, res).catch(async (err: unknown) => {
        if (err instanceof SignInFailed && err.counts) await this.throttle.failed(req.ip, err.account ?? undefined);
        throw err;
      });
      // Counted by the identity code's hash, as its failures were.
      await this.throttle.succeeded(account);
      await this.sessions.begin(req, res, personId);
      res.redirect(303, returnTo);
    } catch (err) {
      res.redirect(303, failedAt(err));
    }
  }

  /** (A method, not a getter: the route table reads the controller's prototype.) As the workers' list: only while the API runs without the identity provider's keys (never in production). */
  private development(): boolean {
    return !this.config.AUTH_JWKS_URL && !this.provider.enabled;
  }

  private onlyInDevelopment(): void {
    if (!this.development()) throw new DomainError(ErrorCode.NotFound, 'no such route');
  }
}

/** Only a path of the family's view, so that the sign-in sends no one elsewhere. */
function familyPath(returnTo: unknown): string {
  return typeof returnTo === 'string' && /^\/family(\/[^\s/\\][^\s]*)?$/.test(returnTo) ? returnTo : '/family';
}

function failedAt(err: unknown): string {
  if (err instanceof DomainError && err.code === ErrorCode.TooManyRequests) return '/family?signInError=throttled';
  if (!(err instanceof SignInFailed)) throw err;
  return `/family?signInError=${err.reason}`;
}
