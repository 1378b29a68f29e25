import { createHmac } from 'node:crypto';
import { createTransport, type Transporter } from 'nodemailer';

/**
 * A send that failed. `permanent`: the receiver refused the message itself (a 4xx, no address), so
 * sending it again cannot help; it is parked for an operator at once. Otherwise it is tried again later.
 */
export class DeliveryFailure extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

/**
 * POSTs a JSON message with its idempotency key, which the receiver uses to drop repeats. 2xx is
 * delivered; 408, 425, 429 and 5xx are tried again; any other 4xx parks it with the answer kept.
 */
export async function postJson(
  url: string,
  body: string,
  key: string,
  timeoutMs: number,
  headers: Record<string, string> = {},
): Promise<void> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key, ...headers },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (err) {
    throw new DeliveryFailure(`${new URL(url).host} did not answer: ${(err as Error).message}`, false);
  }
  if (res.ok) return;
  const answer = (await res.text().catch(() => '')).slice(0, 2_000);
  const retried = res.status >= 500 || [408, 425, 429].includes(res.status);
  throw new DeliveryFailure(`${new URL(url).host} answered ${res.status}: ${answer}`, !retried);
}

/**
 * A supplier's webhook call: the body signed with the supplier's secret, the timestamp inside what is
 * signed so that a receiver can refuse a replayed call (docs/api.md, "Deliveries").
 */
export function webhookHeaders(secret: string, body: string, now = Date.now()): Record<string, string> {
  const timestamp = String(Math.floor(now / 1000));
  const signature = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return { 'x-luvn-timestamp': timestamp, 'x-luvn-signature': `sha256=${signature}` };
}

export interface Mail {
  to: string[];
  subject: string;
  text: string;
  /** The message's key: the same message sent twice carries the same Message-ID. */
  key: string;
}

/** E-mail by SMTP. A refused recipient parks the message; a server that is away is tried again. */
export class Mailer {
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
    timeoutMs: number,
  ) {
    const url = new URL(smtpUrl);
    const secure = url.protocol === 'smtps:';
    this.transport = createTransport({
      host: url.hostname,
      port: Number(url.port) || (secure ? 465 : 587),
      secure,
      auth: url.username
        ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
        : undefined,
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
      socketTimeout: timeoutMs,
    });
  }

  async send(mail: Mail): Promise<void> {
    try {
      await this.transport.sendMail({
        from: this.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        messageId: `<${mail.key.replace(/[^A-Za-z0-9.:-]/g, '_')}@luvn.example>`,
      });
    } catch (err) {
      const code = (err as { responseCode?: number }).responseCode;
      // 5xx from the server is a refusal of this message (an unknown mailbox); anything else is the server.
      throw new DeliveryFailure(`SMTP: ${(err as Error).message}`, code !== undefined && code >= 500);
    }
  }

  close(): void {
    this.transport.close();
  }
}
