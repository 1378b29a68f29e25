import {
  applyDecorators,
  type CallHandler,
  type ExecutionContext,
  Injectable,
  Logger,
  type NestInterceptor,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiResponse } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { map, type Observable } from 'rxjs';
import { z } from 'zod';

const SHAPE = 'luvn:response-shape';

type Answer = { status: number; description: string };

/**
 * What a route answers with: the schema of its body, documented in the OpenAPI document (the web's client
 * is generated from it) and checked on every answer by ResponseShapeInterceptor, so the document cannot
 * drift from what the route sends. Give the schema a `.meta({ id })` to name it in the document.
 */
export function Returns(shape: z.ZodType | [z.ZodType], ...answers: Answer[]) {
  const many = Array.isArray(shape);
  const item = many ? shape[0] : shape;
  const id = z.globalRegistry.get(item)?.id;
  if (!id) throw new Error('a response schema needs .meta({ id }) to be named in the OpenAPI document');
  // Named by its id: the document's component, and the web's type, are called by it.
  const dto = createZodDto(item);
  Object.defineProperty(dto, 'name', { value: id });
  const documented = answers.length ? answers : [{ status: 200, description: 'Done' }];
  return applyDecorators(
    SetMetadata(SHAPE, many ? z.array(item) : item),
    ...documented.map((a) => ApiResponse({ status: a.status, description: a.description, type: many ? [dto] : dto })),
  );
}

/**
 * Checks each answer against the schema its route declares, as it goes on the wire (`onTheWire`: dates as
 * strings), and sends what the schema keeps: a field the document does not name never leaves. A
 * mismatch is a bug, answered 500 and logged by path and rule only, since the values may be a client's.
 */
@Injectable()
export class ResponseShapeInterceptor implements NestInterceptor {
  private readonly logger = new Logger('ResponseShape');

  constructor(private readonly reflector: Reflector) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const schema = this.reflector.get<z.ZodType | undefined>(SHAPE, ctx.getHandler());
    if (!schema) return next.handle();
    const route = `${ctx.getClass().name}.${ctx.getHandler().name}`;
    return next.handle().pipe(
      map((body: unknown) => {
        const checked = schema.safeParse(onTheWire(body));
        if (checked.success) return checked.data;
        const where = checked.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.code}`).join('; ');
        this.logger.error(`${route} answered outside its documented shape: ${where}`);
        throw new Error(`${route} answered outside its documented shape`);
      }),
    );
  }
}

/**
 * The answer as JSON will carry it. Plain data (plain objects and arrays of strings, finite numbers, booleans
 * and null) already is that, and is checked as it stands: most answers are, and serialising each one to parse
 * it again cost more than the check itself. Anything JSON would change (a Date, a class instance, an object
 * with toJSON, NaN, undefined in an array) goes through JSON first, as the answer will.
 */
export function onTheWire(body: unknown): unknown {
  if (body === undefined) return undefined;
  return plainJson(body) ? body : JSON.parse(JSON.stringify(body));
}

function plainJson(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object': {
      if (value === null) return true;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) if (value[i] === undefined || !plainJson(value[i])) return false;
        return true;
      }
      const proto: unknown = Object.getPrototypeOf(value);
      if ((proto !== Object.prototype && proto !== null) || 'toJSON' in value) return false;
      // An undefined property is left out by JSON and read as absent by the schema alike.
      for (const v of Object.values(value)) if (v !== undefined && !plainJson(v)) return false;
      return true;
    }
    case 'bigint':
    case 'symbol':
    case 'undefined':
    case 'function':
      return false;
  }
}

/** Schemas answers share. */
export const Shapes = {
  date: z.string().meta({ format: 'date', example: '2026-11-27' }),
  timestamp: z.string().meta({ format: 'date-time', example: '2026-11-27T09:30:00.000Z' }),
  localized: z.object({ fi: z.string(), sv: z.string(), en: z.string() }).meta({ id: 'Localized' }),
};
