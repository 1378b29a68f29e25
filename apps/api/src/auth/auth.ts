import {
  applyDecorators,
  type CanActivate,
  createParamDecorator,
  type ExecutionContext,
  Inject,
  Injectable,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiExtension } from '@nestjs/swagger';
import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';
import { type Actor, PROFESSIONS, ROLES, type Role } from '../../../../libs/contracts';
import { CONFIG, type Config } from '../common/config.provider';
import { DomainError, ErrorCode } from '../common/domain-error';
import { type Permission, permits } from '../access/permissions';

/** The verified caller: the token's claims, which the workflow receives as the command's actor. */
export type AuthUser = Actor;

export interface TokenClaims {
  sub: string;
  role: Role;
  team: string | null;
  profession: AuthUser['profession'];
  supplier: string | null;
}

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

function toUser(claims: Partial<TokenClaims>): AuthUser | null {
  const { sub, role, team, profession, supplier } = claims;
  if (typeof sub !== 'string' || !ROLES.includes(role as Role)) return null;
  if (profession != null && !PROFESSIONS.includes(profession)) return null;
  return {
    userId: sub,
    role: role as Role,
    teamId: team ?? null,
    profession: profession ?? null,
    supplierId: supplier ?? null,
  };
}

@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly jwt: JwtService,
    private readonly reflector: Reflector,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC, targets)) return true;
    const req = ctx.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const [scheme, token] = (req.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) {
      throw new DomainError(ErrorCode.Unauthenticated, 'send a bearer token: Authorization: Bearer <token>');
    }
    let claims: Partial<TokenClaims>;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token, {
        secret: this.config.JWT_SECRET,
        algorithms: ['HS256'],
      });
    } catch {
      throw new DomainError(ErrorCode.Unauthenticated, 'the bearer token is invalid or expired');
    }
    const user = toUser(claims);
    if (!user) throw new DomainError(ErrorCode.Unauthenticated, 'the bearer token does not name a user and role');
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
