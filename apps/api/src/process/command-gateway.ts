import { Injectable, Logger } from '@nestjs/common';
import { WorkflowNotFoundError } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError, ErrorCode } from '../common/domain-error';
import { PROCESS_UNAVAILABLE, refusalOf } from '../common/refusal';
import { TemporalClient } from '../common/temporal.module';

/** A free text a command refers to by id: stored before the command, so nothing a person wrote is lost. */
export interface CommandText {
  id: string;
  kind: string;
  body: Record<string, unknown>;
}

/** Where a process's texts are kept: the arrangement's or the supervision case's table. */
export interface TextTable {
  table: 'arrangement_text' | 'supervision_text';
  /** The column naming the record the text belongs to. */
  owner: 'arrangement_id' | 'case_id';
  ownerId: string;
  authorId: string;
}

export interface ProcessCommand<R, C> {
  workflowId: string;
  update: UpdateDefinition<R, [C], string>;
  command: C;
  /** The Update's id: the same request sent again is the same Update, applied once. */
  updateId: string;
  texts?: { into: TextTable; items: CommandText[] };
  /** What it means that the process no longer runs (it ended): the record's own refusal. */
  ended: () => DomainError;
  /** For a record whose process may not have started yet: starts it, true when it now runs. */
  start?: () => Promise<boolean>;
}

/**
 * Sends a person's command to a process, the one way every route does it: the command's texts go to
 * PostgreSQL first (under ids the command carries), then the Update under its id; a refusal, or a
 * process that could not be reached, takes the texts away again, so a refused command leaves nothing
 * half-written. Refusals, an ended process and an outage each become one API error.
 */
@Injectable()
export class CommandGateway {
  private readonly logger = new Logger(CommandGateway.name);

  constructor(
    private readonly ds: DataSource,
    private readonly temporal: TemporalClient,
  ) {}

  async send<R, C>(c: ProcessCommand<R, C>): Promise<R> {
    const stored = c.texts ? await this.storeTexts(c.texts.into, c.texts.items) : [];
    const execute = () =>
      this.temporal.call(
        (client) =>
          client.workflow.getHandle(c.workflowId).executeUpdate(c.update, { args: [c.command], updateId: c.updateId }),
        'update',
      );
    try {
      try {
        return await execute();
      } catch (err) {
        if (!(err instanceof WorkflowNotFoundError) || !c.start || !(await c.start())) throw err;
        return await execute();
      }
    } catch (err) {
      if (stored.length && c.texts) await this.removeTexts(c.texts.into, stored);
      throw this.asApiError(err, c);
    }
  }

  private asApiError(err: unknown, c: ProcessCommand<unknown, unknown>): Error {
    const refused = refusalOf(err);
    if (refused) return refused;
    if (err instanceof WorkflowNotFoundError) return c.ended();
    this.logger.error(`${c.updateId} on ${c.workflowId} failed: ${String(err)}`);
    return new DomainError(ErrorCode.Unavailable, PROCESS_UNAVAILABLE);
  }

  /** The texts not stored before (a retried request's are there already); their ids. */
  private storeTexts(into: TextTable, items: CommandText[]): Promise<string[]> {
    return this.ds.transaction(async (m: EntityManager) => {
      const ids: string[] = [];
      for (const t of items) {
        const rows: unknown[] = await m.query(
          `insert into ${into.table} (id, ${into.owner}, kind, body, author_id) values ($1, $2, $3, $4, $5)
           on conflict (id) do nothing returning id`,
          [t.id, into.ownerId, t.kind, JSON.stringify(t.body), into.authorId],
        );
        if (rows.length) ids.push(t.id);
      }
      return ids;
    });
  }

  private async removeTexts(into: TextTable, ids: string[]): Promise<void> {
    await this.ds.query(`delete from ${into.table} where id = any($1::uuid[])`, [ids]);
  }
}

/** Whether an error is the API's refusal for a state the record is not in. */
export function isInvalidTransition(err: unknown): boolean {
  return err instanceof DomainError && err.code === ErrorCode.InvalidTransition;
}
