import {
  applyDecorators,
  type CanActivate,
  createParamDecorator,
  type ExecutionContext,
  Injectable,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiExtension } from '@nestjs/swagger';
import type { Request } from 'express';
import type { AuthUser } from '../../../../libs/contracts';
import { type Permission, permits } from '../access/permissions';
import { DomainError, ErrorCode } from '../common/domain-error';
import { type FamilySession, FamilySessionStore } from '../family/family-sessions';
import { type ActiveSession, SessionStore } from './sessions';
import { TokenVerifier } from './token-verifier';
import { UsersService } from './users.service';

/** Where the caller is defined (the contracts, so that access and common need not import auth). */
export { type AuthUser, actorOf } from '../../../../libs/contracts';

/** The metadata keys of `@Public` and `@Can`, which the route table (access/routes.ts) reads too. */
export const PUBLIC_KEY = 'auth:public';
export const PERMISSION_KEY = 'auth:permission';
export const FAMILY_KEY = 'auth:family';

/**
 * The route serves anyone, signed in or not, for the reason given: what a caller needs before it can
 * sign in (the sign-in itself, the provider's redirects) and what a load balancer asks (health). Named in
 * the OpenAPI document as `x-public` and listed in docs/reference/permissions.md.
 */
export const Public = (why: string) => applyDecorators(SetMetadata(PUBLIC_KEY, why), ApiExtension('x-public', why));

/**
 * The permission a route needs (see permissions.ts for who has it), also named in the OpenAPI document
 * as `x-permission`. A route that declares neither a permission nor `@Public` is refused to everyone.
 */
export const Can = (permission: Permission) =>
  applyDecorators(SetMetadata(PERMISSION_KEY, permission), ApiExtension('x-permission', permission));

/**
 * A route of the family's own view: it serves only a family's session (a person signed in through the
 * identification broker), never a worker's session or a bearer token; and a family's session serves no
 * other route. Named in the OpenAPI document as `x-family`, with what the person may reach there.
 */
export const FamilyRoute = (reach: string) =>
  applyDecorators(SetMetadata(FAMILY_KEY, reach), ApiExtension('x-family', reach));

export const CurrentFamily = createParamDecorator((_: unknown, ctx: ExecutionContext): FamilySession => {
  const family = ctx.switchToHttp().getRequest<Authenticated>().family;
  if (!family) throw new DomainError(ErrorCode.Unauthenticated, 'no family session');
  return family;
});

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => {
  const user = ctx.switchToHttp().getRequest<Authenticated>().user;
  if (!user) throw new DomainError(ErrorCode.Unauthenticated, 'no verified caller');
  return user;
});

/** A request as the guard leaves it: its verified caller, and the browser session it came with (if any). */
export type Authenticated = Request & { user?: AuthUser; browserSession?: ActiveSession; family?: FamilySession };

/** Methods that change nothing: they need no CSRF token. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Who the caller is. Other systems (and the tests) send a bearer token, verified for its signature,
 * issuer, audience and expiry; the web app sends its session cookie, and with a changing request the
 * session's CSRF token. The user's role, team, profession and supplier are read from the user register
 * (cached briefly), so that a disabled user or a changed role takes effect within the cache time, not
 * at the token's expiry (a session ends at once: its lookup asks the register itself). Then the route's
 * permission is asked of the role table.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenVerifier,
    private readonly users: UsersService,
    private readonly sessions: SessionStore,
    private readonly families: FamilySessionStore,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<string | undefined>(PUBLIC_KEY, targets)) return true;
    const req = ctx.switchToHttp().getRequest<Authenticated>();
    if (this.reflector.getAllAndOverride<string | undefined>(FAMILY_KEY, targets)) {
      req.family = await this.familyOf(req);
      return true;
    }
    const userId = await this.callerOf(req);
    const user = await this.users.active(userId);
    if (!user) throw new DomainError(ErrorCode.Unauthenticated, 'the token names no active user');
    req.user = user;
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, targets);
    if (!permission) {
      // Fail closed: a route with neither a permission nor @Public serves no one (and npm run docs refuses it).
      throw new DomainError(ErrorCode.Forbidden, 'this route declares no permission', [
        { field: '(route)', rule: 'no_permission_declared', message: 'the route declares no permission' },
      ]);
    }
    if (!permits(user.role, permission)) {
      throw new DomainError(ErrorCode.Forbidden, `this action needs ${permission}, which ${user.role} does not have`, [
        { field: '(role)', rule: 'permission', message: `needs ${permission}` },
      ]);
    }
    return true;
  }

  /** The person a family's session names: only the family's own cookie counts here. */
  private async familyOf(req: Authenticated): Promise<FamilySession> {
    if (req.headers.authorization) {
      throw new DomainError(ErrorCode.Unauthenticated, "the family's routes take the family's session, not a token");
    }
    const session = await this.families.resume(req);
    if (!session) {
      throw new DomainError(ErrorCode.Unauthenticated, "sign in to the family's view: no session, or it has ended");
    }
    if (!SAFE_METHODS.has(req.method) && !FamilySessionStore.carriesCsrfToken(req, session)) {
      throw new DomainError(ErrorCode.Forbidden, "a changing request of the web app carries its session's CSRF token", [
        {
          field: 'X-CSRF-Token',
          rule: 'csrf_token',
          message: "missing or not this session's (GET /family/session gives it)",
        },
      ]);
    }
    return session;
  }

  /** The user a bearer token or the session cookie names; 401 when neither is valid, 403 without the CSRF token. */
  private async callerOf(req: Authenticated): Promise<string> {
    const authorization = req.headers.authorization;
    if (authorization) {
      const [scheme, token] = authorization.split(' ');
      if (scheme !== 'Bearer' || !token) {
        throw new DomainError(ErrorCode.Unauthenticated, 'send a bearer token: Authorization: Bearer <token>');
      }
      return this.tokens.userOf(token);
    }
    const session = await this.sessions.resume(req);
    if (!session) {
      throw new DomainError(
        ErrorCode.Unauthenticated,
        "sign in: no session (or it has ended: signed out, unused too long, or past the day's limit), and no bearer token",
      );
    }
    // SameSite=Strict already keeps other sites' requests from carrying the cookie; the token bound to
    // the session is the second line, for a browser or a sibling subdomain that gets SameSite wrong.
    if (!SAFE_METHODS.has(req.method) && !SessionStore.carriesCsrfToken(req, session)) {
      throw new DomainError(ErrorCode.Forbidden, "a changing request of the web app carries its session's CSRF token", [
        { field: 'X-CSRF-Token', rule: 'csrf_token', message: "missing or not this session's (GET /session gives it)" },
      ]);
    }
    req.browserSession = session;
    return session.userId;
  }
}
