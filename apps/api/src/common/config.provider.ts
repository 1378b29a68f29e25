import { type Config, loadConfig } from '../../../../libs/config/config';

export const CONFIG = Symbol('CONFIG');
export type { Config };

export const configProvider = { provide: CONFIG, useFactory: (): Config => loadConfig() };
