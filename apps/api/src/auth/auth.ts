import {
  type CanActivate,
  createParamDecorator,
  type ExecutionContext,
  Inject,
  Injectable,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';
import { type Actor, PROFESSIONS, ROLES, type Role } from '../../../../libs/contracts';
import { CONFIG, type Config } from '../common/config.provider';
import { DomainError, ErrorCode } from '../common/domain-error';

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
const ROLES_KEY = 'auth:roles';

/** The route needs no token (health, docs). */
export const Public = () => SetMetadata(PUBLIC, true);
/** Only these roles may call the route; finer rules (whose client, which team) are the service's and the workflow's. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

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
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (allowed && !allowed.includes(user.role)) {
      throw new DomainError(ErrorCode.Forbidden, `this action is for ${allowed.join(', ')}; you are ${user.role}`);
    }
    return true;
  }
}
