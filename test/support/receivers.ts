import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server in the test process: every message received, parsed. */
export interface Inbox {
  url: string;
  /** Each message with the addresses the SMTP envelope delivered it to. */
  mails: (ParsedMail & { rcptTo: string[] })[];
  close(): Promise<void>;
}

export async function smtpInbox(): Promise<Inbox> {
  const mails: Inbox['mails'] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      const rcptTo = session.envelope.rcptTo.map((a) => a.address);
      simpleParser(stream)
        .then((mail) => {
          mails.push(Object.assign(mail, { rcptTo }));
          done();
        })
        .catch(done);
    },
  });
  // A sender killed mid-message (a test kills the worker) resets its connection: the inbox lives on.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface Received {
  key: string;
  headers: IncomingHttpHeaders;
  body: string;
  json: Record<string, unknown>;
}

/**
 * A real HTTP receiver that drops repeats by the Idempotency-Key, as the county's systems are asked to:
 * `received` holds every call, `processed` each key once, in the order first taken. `answer` decides the
 * status of the next call (200 by default); `delayMs` holds the answer back.
 */
export interface Receiver {
  url: string;
  received: Received[];
  processed: Received[];
  answer: (r: Received) => number;
  delayMs: number;
  close(): Promise<void>;
}

export async function httpReceiver(): Promise<Receiver> {
  const receiver: Receiver = {
    url: '',
    received: [],
    processed: [],
    answer: () => 200,
    delayMs: 0,
    close: () => Promise.resolve(),
  };
  const server: Server = createServer((req, res) => {
    let body = '';
    // A sender killed mid-request (a test kills the worker) resets the connection: a receiver lives on.
    req.on('error', () => undefined);
    res.on('error', () => undefined);
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => {
      const r: Received = {
        key: String(req.headers['idempotency-key'] ?? ''),
        headers: req.headers,
        body,
        json: JSON.parse(body) as Record<string, unknown>,
      };
      receiver.received.push(r);
      const status = receiver.answer(r);
      setTimeout(() => {
        if (status < 300 && !receiver.processed.some((p) => p.key === r.key)) receiver.processed.push(r);
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(status < 300 ? '{"ok":true}' : `{"error":"refused with ${status}"}`);
      }, receiver.delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/messages`;
  receiver.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return receiver;
}

/** Whether a webhook call's signature is the body's HMAC with `secret`, as docs/api.md tells a supplier to check. */
export function signedWith(r: Received, secret: string): boolean {
  const timestamp = String(r.headers['x-luvn-timestamp'] ?? '');
  const given = String(r.headers['x-luvn-signature'] ?? '').replace(/^sha256=/, '');
  const expected = createHmac('sha256', secret).update(`${timestamp}.${r.body}`).digest('hex');
  return given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}
