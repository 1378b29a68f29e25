import type { Config } from './config';

/** A setting's meaning, and the default as a reader should see it where the value itself would mislead. */
type Meaning = string | { meaning: string; shown: string };

/**
 * What each setting of config.ts means, in a line: docs/reference/configuration.md is written from this
 * and the schema's defaults (`npm run docs`). Typed by the schema, so a setting added there needs its line.
 */
export const SETTINGS: Record<keyof Config, Meaning> = {
  DATABASE_URL: 'the domain data and the read model (PostgreSQL)',
  TEMPORAL_ADDRESS: "Temporal's frontend",
  TEMPORAL_NAMESPACE: 'the Temporal namespace of the arrangements',
  TEMPORAL_TASK_QUEUE: "the worker's task queue",
  TEMPORAL_UI_URL: 'the Temporal web UI, printed by `npm start`',
  API_HOST: 'where the API listens: the address',
  API_PORT: 'where the API listens: the port',
  WORKER_MAX_CACHED_WORKFLOWS: "open workflows kept in the worker's memory",
  WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: 'workflow tasks a worker runs at once',
  WORKER_MAX_CONCURRENT_ACTIVITIES: 'activities a worker runs at once',
  WORKER_DATABASE_POOL_SIZE: "the worker's connections to PostgreSQL (its activities and rounds)",
  CONTINUATION_LEAD_TIME: 'how long before a period ends its continuation decision falls due (ISO 8601)',
  EVALUATION_ALERT_OWN_WORKER_AFTER: 'how long an evaluation meeting may be overdue before the own worker is alerted',
  EVALUATION_ALERT_TEAM_LEAD_AFTER: 'how long an evaluation meeting may be overdue before the team lead is alerted',
  TEMPORAL_RPC_TIMEOUT_MS: 'the deadline of a Temporal call; past it the API answers 503 and nothing is changed',
  TEMPORAL_UPDATE_TIMEOUT_MS: 'the deadline of an Update, which waits for the worker to apply it',
  DATABASE_CONNECT_TIMEOUT_MS: 'the deadline of a database connection',
  DATABASE_STATEMENT_TIMEOUT_MS: 'the deadline of a statement; then PostgreSQL cancels it',
  DRAFT_SWEEP_INTERVAL_MS: 'how often the worker starts the process of drafts saved while Temporal was away',
  DRAFT_SWEEP_AGE_MS: 'how old such a draft is before the worker starts its process',
  AUTH_JWKS_URL:
    "the county's OpenID provider's published keys; when set, only its tokens are accepted; **required** in production",
  AUTH_ISSUER: "every token's `iss` must be this (the identity provider, for the web app's sign-in too)",
  AUTH_AUDIENCE: "every token's `aud` must be this; never the web app's `OIDC_CLIENT_ID`",
  OIDC_CLIENT_ID: "the web app's client at the identity provider; the API signs the browser in (code and PKCE)",
  OIDC_CLIENT_SECRET: "the web app's client secret: with one, the API is a confidential client",
  FAMILY_OIDC_ISSUER: "the identification broker the family's view signs citizens in with; unset, a development list",
  FAMILY_OIDC_CLIENT_ID: "the family's view's client at that broker",
  FAMILY_OIDC_CLIENT_SECRET: "the family's view's client secret there: with one, a confidential client",
  FAMILY_OIDC_IDENTITY_CLAIM: "the ID token's claim that carries the personal identity code",
  FAMILY_IDENTITY_SECRET: {
    meaning:
      "the HMAC key persons' identity codes are kept as; **required** in production (32 characters or more), " +
      'the same in every API process, never changed',
    shown: 'a development value',
  },
  SESSION_IDLE_SECONDS: 'a web session ends this long unused',
  SESSION_WARNING_SECONDS: 'the web app warns this long before the idle end (less than the idle time)',
  SESSION_MAX_SECONDS: 'a web session ends this long after sign-in in any case',
  ATTACHMENT_MAX_BYTES: 'the largest PDF attached to a supervision case',
  USER_CACHE_MS: 'how long a looked-up user is cached: a disabled user or a changed role takes effect within it',
  SIGN_IN_ATTEMPTS_PER_ADDRESS: 'sign-ins one address may try in the window, failed or not',
  SIGN_IN_ATTEMPT_WINDOW_SECONDS: 'the window of the attempts per address',
  SIGN_IN_FAILURES_PER_ACCOUNT: 'failures one account may have in the window, from any address',
  SIGN_IN_FAILURE_WINDOW_SECONDS: 'the window of the failures per account',
  SIGN_IN_BLOCK_SECONDS: 'past either limit, sign-in is refused (429) this long',
  SIGN_IN_SLOW_AFTER_FAILURES: 'after this many failures, each further one makes the next answer slower',
  SIGN_IN_SLOW_DOWN_MS: 'this much slower (5 s at most)',
  SIGN_IN_THROTTLE_SECRET: {
    meaning:
      "the HMAC key that turns addresses and usernames into the throttle's keys; **required** in production " +
      '(32 characters or more), the same in every API process',
    shown: 'a development value',
  },
  TRUST_PROXY:
    "the proxies whose `X-Forwarded-For` names the client (a hop count, or addresses and subnets); unset, the connection's address",
  DEV_API: 'the development API (`/dev-api/…`) for tests and `npm start`: `on` or `off`; never on in production',
  FINANCE_URL: 'where payment commitments are POSTed; unset, their messages wait in the outbox',
  CLIENT_INFORMATION_URL: 'where decisions are POSTed; unset, their messages wait in the outbox',
  SMTP_URL: 'the mail server (`smtp://user:pass@host:587`, `smtps://` for TLS); unset, e-mail waits in the outbox',
  MAIL_FROM: 'the sender of e-mails',
  APP_URL: "the web app's address, for the links in e-mails",
  DELIVERY_INTERVAL_MS: 'how often the worker looks for messages due',
  DELIVERY_TIMEOUT_MS: 'how long a receiver has to answer',
  DELIVERY_RETRY_FOR: 'how long a receiver that is down is retried before the message is parked (ISO 8601)',
  FINDING_RESEND_INTERVAL_MS: 'how often the worker sends supervision findings saved while Temporal was away',
  METRICS_PORT:
    "the process's operator port: Prometheus `/metrics`, `/health/live`, `/health/ready`; 0, none (the supervisor gives each process its own)",
  METRICS_HOST: 'the address of the operator port',
  LOG_LEVEL: "the JSON log's level (read by the logger as it loads)",
  PROCESS_NAME: 'the name each log line carries (`api-1`, `worker-2`)',
  JWT_SECRET: {
    meaning: 'the development key (HS256) that `npm run token` signs with, used only when `AUTH_JWKS_URL` is unset',
    shown: 'a development value',
  },
  JWT_TTL: 'the lifetime of development tokens',
  NODE_ENV:
    '`production` requires the identity provider, the throttle and identity-code secrets, and refuses the development API',
};
