import { Param, ParseUUIDPipe } from '@nestjs/common';
import { DomainError } from './domain-error';

/** The `:id` of an arrangement in the path: a UUID, or a 400 naming it. */
export const ArrangementId = () =>
  Param(
    'id',
    new ParseUUIDPipe({
      exceptionFactory: () => DomainError.invalidField('id', 'uuid', 'the arrangement id must be a UUID'),
    }),
  );
