import { defineSearchAttributeKey, SearchAttributeType, type UpdateDefinition } from '@temporalio/common';
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import { type ArrangementState, COMMAND_NAMES, type CommandName, type Commands } from './arrangement';

export const ARRANGEMENT_WORKFLOW = 'arrangementWorkflow';

/** The business key of an arrangement is its workflow id. */
export function arrangementWorkflowId(arrangementId: string): string {
  return `arrangement-${arrangementId}`;
}

/** The result of every command: the state after it, for the caller to show. */
export type CommandResult = ArrangementState;

export type CommandUpdates = { [K in CommandName]: UpdateDefinition<CommandResult, [Commands[K]], K> };

export const commandUpdates = Object.fromEntries(
  COMMAND_NAMES.map((name) => [name, defineUpdate<CommandResult, [Commands[typeof name]]>(name)]),
) as CommandUpdates;

export const stateQuery = defineQuery<ArrangementState>('state');

/** Search attributes registered on the server: codes and ids only, never personal data. */
export const searchAttributes = {
  status: defineSearchAttributeKey('ArrangementStatus', SearchAttributeType.KEYWORD),
  service: defineSearchAttributeKey('ServiceCode', SearchAttributeType.KEYWORD),
  team: defineSearchAttributeKey('TeamId', SearchAttributeType.KEYWORD),
};
