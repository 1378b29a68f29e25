import { Client, Connection } from '@temporalio/client';
import type { Config } from '../../../libs/config/config';
import type { WithClient } from '../../../libs/process-client/finding-delivery';

/**
 * The worker's client for the starts and signals of its rounds: connected on first use and again after
 * a failure, each call under a deadline so that a Temporal away fails the round, not hangs it.
 */
export function lazyClient(config: Config): { withClient: WithClient; close(): Promise<void> } {
  let connection: Promise<Connection> | undefined;
  const withClient: WithClient = async (fn) => {
    connection ??= Connection.connect({ address: config.TEMPORAL_ADDRESS, connectTimeout: 5_000 }).catch(
      (err: unknown) => {
        connection = undefined;
        throw err;
      },
    );
    const client = new Client({ connection: await connection, namespace: config.TEMPORAL_NAMESPACE });
    return client.withDeadline(Date.now() + config.TEMPORAL_RPC_TIMEOUT_MS, () => fn(client));
  };
  return {
    withClient,
    close: async () => {
      await (await connection?.catch(() => undefined))?.close();
    },
  };
}
