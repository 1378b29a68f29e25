import { Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiExcludeEndpoint, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DomainError, ErrorCode } from '../common/domain-error';
import { Returns } from '../common/responses';
import { type Authenticated, Can, Public } from './auth';
import { OidcSignIn, SignInFailed, startedHere } from './oidc-sign-in';
import { type ActiveSession, SessionStore } from './sessions';
import { SignInThrottle } from './sign-in-throttle';
import { SessionFacts, SignedOut } from './session.responses';

/** The web app's session: its facts and CSRF token, its end, and the sign-in through the county's provider. */
@ApiTags('auth')
@Controller()
export class SessionController {
  constructor(
    private readonly sessions: SessionStore,
    private readonly provider: OidcSignIn,
    private readonly throttle: SignInThrottle,
  ) {}

  @Get('session')
  @Can('me.read')
  @ApiOperation({
    summary: "The browser session's CSRF token and time left",
    description: 'With the header X-Session-Peek: 1 the call does not count as use (the idle check).',
  })
  @Returns(SessionFacts)
  facts(@Req() req: Authenticated) {
    return this.sessions.facts(sessionOf(req));
  }

  @Post('session/sign-out')
  @HttpCode(200)
  @Can('me.read')
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Ends the browser session at once; says where to sign out at the identity provider as well',
  })
  @Returns(SignedOut)
  async signOut(@Req() req: Authenticated, @Res({ passthrough: true }) res: Response) {
    if (!req.browserSession) return { signOutUrl: null, closeBrowser: false };
    await this.sessions.end(res, req.browserSession);
    return this.provider.signOut();
  }

  /** The browser is sent here by the sign-in page; it goes on to the provider's. */
  @Get('auth/oidc/start')
  @Public('the browser begins signing in at the identity provider here')
  @ApiExcludeEndpoint()
  async start(@Query('returnTo') returnTo: unknown, @Req() req: Request, @Res() res: Response) {
    try {
      if (!startedHere(req)) throw new SignInFailed('not_started_here');
      await this.throttle.admit(req.ip);
      res.redirect(303, (await this.provider.begin(res, localPath(returnTo))).toString());
    } catch (err) {
      res.redirect(303, failedAt(err));
    }
  }

  /** The provider sends the browser back here: signed in, it goes on to the page it started from. */
  @Get('auth/oidc/callback')
  @Public('the identity provider sends the browser back here to sign in')
  @ApiExcludeEndpoint()
  async callback(@Req() req: Request, @Res() res: Response) {
    try {
      await this.throttle.admit(req.ip);
      const { userId, returnTo } = await this.provider.finish(req, res).catch(async (err: unknown) => {
        if (err instanceof SignInFailed && err.counts) await this.throttle.failed(req.ip, err.account ?? undefined);
        throw err;
      });
      await this.throttle.succeeded(userId);
      await this.sessions.begin(req, res, userId);
      res.redirect(303, returnTo);
    } catch (err) {
      res.redirect(303, failedAt(err));
    }
  }
}

function sessionOf(req: Authenticated): ActiveSession {
  if (!req.browserSession) {
    throw new DomainError(ErrorCode.NotFound, 'no browser session: a bearer token has none');
  }
  return req.browserSession;
}

/** Only a path of this origin (never `//host` or a URL), so that the sign-in cannot send anyone elsewhere. */
function localPath(returnTo: unknown): string {
  return typeof returnTo === 'string' && /^\/(?![/\\])[^\s]*$/.test(returnTo) ? returnTo : '/';
}

/** The start page, told why the sign-in failed (the reason is a code, never a person's data). */
function failedAt(err: unknown): string {
  if (err instanceof DomainError && err.code === ErrorCode.TooManyRequests) return '/?signInError=throttled';
  if (!(err instanceof SignInFailed)) throw err;
  return `/?signInError=${err.reason}`;
}
