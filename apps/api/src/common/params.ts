import { Param, ParseUUIDPipe } from '@nestjs/common';
import { DomainError } from './domain-error';

/** A UUID in the path (`name`), or a 400 naming it as the id of `what`. */
export const Uuid = (name: string, what: string) =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () => DomainError.invalidField(name, 'uuid', `the ${what} id must be a UUID`),
    }),
  );

/** The `:id` of an arrangement in the path. */
export const ArrangementId = () => Uuid('id', 'arrangement');
