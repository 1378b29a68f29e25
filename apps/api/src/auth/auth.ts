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
import { TokenVerifier } from './token-verifier';
import { UsersService } from './users.service';

/** Where the caller is defined (the contracts, so that access and common need not import auth). */
export { type AuthUser, actorOf } from '../../../../libs/contracts';

const PUBLIC = 'auth:public';
const PERMISSION_KEY = 'auth:permission';

/** The route needs no token (health, docs). */
export const Public = () => SetMetadata(PUBLIC, true);

/**
 * The permission a route needs (see permissions.ts for who has it), also named in the OpenAPI document
 * as `x-permission`. A route that declares none is refused to everyone.
 */
export const Can = (permission: Permission) =>
  applyDecorators(SetMetadata(PERMISSION_KEY, permission), ApiExtension('x-permission', permission));

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => {
  const user = ctx.switchToHttp().getRequest<Request & { user?: AuthUser }>().user;
  if (!user) throw new DomainError(ErrorCode.Unauthenticated, 'no verified caller');
  return user;
});

/**
 * Who the caller is: a bearer token verified for its signature, issuer, audience and expiry names the
 * user; the user's role, team, profession and supplier are read from the user register (cached briefly),
 * so that a disabled user or a changed role takes effect within the cache time, not at the token's expiry.
 * Then the route's permission is asked of the role table.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenVerifier,
    private readonly users: UsersService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC, targets)) return true;
    const req = ctx.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const [scheme, token] = (req.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) {
      throw new DomainError(ErrorCode.Unauthenticated, 'send a bearer token: Authorization: Bearer <token>');
    }
    const userId = await this.tokens.userOf(token);
    const user = await this.users.active(userId);
    if (!user) throw new DomainError(ErrorCode.Unauthenticated, 'the token names no active user');
    req.user = user;
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, targets);
    if (!permission) {
      // Fail closed: a route added without a permission serves no one (and the role-table test fails).
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
}
