import { type INestApplication, RequestMethod, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { FAMILY_KEY, PERMISSION_KEY, PUBLIC_KEY } from '../auth/auth';
import type { Permission } from './permissions';

/** A route as the guard sees it: the permission it needs, or why it serves anyone. */
export interface RouteAccess {
  method: string;
  path: string;
  permission: Permission | null;
  /** The reason `@Public` gives; null for a route that needs a permission. */
  public: string | null;
  /** For a route of the family's view (only a family's session), whom the person reaches there; else null. */
  family: string | null;
}

/**
 * Every route of the app with what it needs, read from the controllers' own decorators (so the routes
 * the OpenAPI document leaves out, such as the identity provider's redirects, are here too). Works on an
 * app made in preview mode: nothing is instantiated.
 */
export function routeTable(app: INestApplication): RouteAccess[] {
  const routes: RouteAccess[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type;
      const prefixes = paths(Reflect.getMetadata(PATH_METADATA, controller));
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name];
        // The constructor is the class, whose path is the controller's prefix.
        if (name === 'constructor' || typeof handler !== 'function' || !Reflect.hasMetadata(PATH_METADATA, handler)) {
          continue;
        }
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
        const meta = <T>(key: string) =>
          (Reflect.getMetadata(key, handler) ?? Reflect.getMetadata(key, controller) ?? null) as T | null;
        for (const prefix of prefixes) {
          for (const path of paths(Reflect.getMetadata(PATH_METADATA, handler))) {
            routes.push({
              method,
              path: join(prefix, path),
              permission: meta<Permission>(PERMISSION_KEY),
              public: meta<string>(PUBLIC_KEY),
              family: meta<string>(FAMILY_KEY),
            });
          }
        }
      }
    }
  }
  return routes.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}

/** A controller's or handler's path: none, one, or several (`@Get(['', 'ready'])`). */
function paths(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((p): p is string => typeof p === 'string') : [''];
}

function join(...parts: string[]): string {
  return `/${parts
    .flatMap((p) => p.split('/'))
    .filter(Boolean)
    .join('/')}`;
}
