import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { requestIdClientInterceptor } from '../../../../libs/observability/request-id-headers';
import { CONFIG, type Config, configProvider } from './config.provider';

/**
 * The API's connection to Temporal: opened on first use (and again after a failed attempt), closed at
 * shutdown. Every call runs under a deadline, so a Temporal that is away or frozen makes a request
 * fail in bounded time (503) instead of hanging.
 */
@Injectable()
export class TemporalClient implements OnApplicationShutdown {
  private connection?: Connection;
  private client?: Promise<Client>;

  constructor(@Inject(CONFIG) private readonly config: Config) {}

  /**
   * Runs `fn` with the client under a deadline: `TEMPORAL_RPC_TIMEOUT_MS` for a start, a signal or a
   * read, `TEMPORAL_UPDATE_TIMEOUT_MS` for an Update (it waits for the worker to apply it).
   */
  async call<R>(fn: (client: Client) => Promise<R>, kind: 'rpc' | 'update' = 'rpc'): Promise<R> {
    const client = await this.get();
    const ms = kind === 'update' ? this.config.TEMPORAL_UPDATE_TIMEOUT_MS : this.config.TEMPORAL_RPC_TIMEOUT_MS;
    return client.withDeadline(Date.now() + ms, () => fn(client));
  }

  private get(): Promise<Client> {
    this.client ??= Connection.connect({
      address: this.config.TEMPORAL_ADDRESS,
      connectTimeout: this.config.TEMPORAL_RPC_TIMEOUT_MS,
    }).then(
      (connection) => {
        this.connection = connection;
        return new Client({
          connection,
          namespace: this.config.TEMPORAL_NAMESPACE,
          interceptors: { workflow: [requestIdClientInterceptor] },
        });
      },
      (err: unknown) => {
        // The next call tries to connect again.
        this.client = undefined;
        throw err;
      },
    );
    return this.client;
  }

  get taskQueue(): string {
    return this.config.TEMPORAL_TASK_QUEUE;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.connection?.close();
  }
}

@Global()
@Module({ providers: [configProvider, TemporalClient], exports: [configProvider, TemporalClient] })
export class CoreModule {}
