import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { CONFIG, type Config, configProvider } from './config.provider';

/** The API's connection to Temporal: opened at boot, closed at shutdown. */
@Injectable()
export class TemporalClient implements OnApplicationShutdown {
  private connection?: Connection;
  private client?: Client;

  constructor(@Inject(CONFIG) private readonly config: Config) {}

  async get(): Promise<Client> {
    if (!this.client) {
      this.connection = await Connection.connect({ address: this.config.TEMPORAL_ADDRESS });
      this.client = new Client({ connection: this.connection, namespace: this.config.TEMPORAL_NAMESPACE });
    }
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
