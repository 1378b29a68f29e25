import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { CookieOptions, Request, Response } from 'express';
import { parse } from 'cookie';
import { DataSource } from 'typeorm';
import { CONFIG, type Config } from '../common/config.provider';
import { select } from '../common/postgres';

/** A session as the guard finds it: whose, and the token its changing requests must carry. */
export interface ActiveSession {
  idHash: string;
  userId: string;
  csrfToken: string;
  /** Seconds until the session ends unless used, and until it ends regardless. */
  idleLeft: number;
  maxLeft: number;
}

/** Secure cookies outside development: in production, and wherever the web app is served over TLS. */
export const secureCookies = (config: Config) =>
  config.NODE_ENV === 'production' || config.APP_URL.startsWith('https:');

export type SessionFactsOf = ReturnType<SessionStore['facts']>;

/** The header a cookie-borne request that changes something must carry: the session's CSRF token. */
export const CSRF_HEADER = 'x-csrf-token';
/** A request that asks how long the session has left without counting as use (the web app's idle check). */
export const PEEK_HEADER = 'x-session-peek';

/** 256 random bits, URL-safe: session values, CSRF tokens, the sign-in's state. */
export const randomToken = () => randomBytes(32).toString('base64url');
export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/**
 * The web app's sessions, kept in PostgreSQL (the county already runs it and backs it up; every API
 * process sees a session at once, and sign-out or a disabled user ends it everywhere in the same
 * statement). The browser holds an httpOnly cookie with a random value; the table holds its hash.
 */
@Injectable()
export class SessionStore {
  constructor(
    private readonly ds: DataSource,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  /** `__Host-` binds the cookie to this origin and path (no Domain), which the prefix allows only with Secure. */
  get cookieName(): string {
    return this.secure ? '__Host-luvn-session' : 'luvn-session';
  }

  get secure(): boolean {
    return secureCookies(this.config);
  }

  /**
   * A new session for the user, its cookie set on the answer. The session the browser came with, if
   * any, ends here (a new sign-in never continues an old session), and so do sessions that have ended
   * by time or a disabled user, so that the table holds only live ones without a timer of its own.
   */
  async begin(req: Request, res: Response, userId: string): Promise<SessionFactsOf> {
    const carried = parse(req.headers.cookie ?? '')[this.cookieName];
    await this.ds.query(
      `delete from browser_session s using app_user u
       where u.id = s.user_id
         and (s.id_hash = $3 or s.last_seen_at < now() - make_interval(secs => $1)
              or s.created_at < now() - make_interval(secs => $2) or u.disabled_at is not null)`,
      [this.config.SESSION_IDLE_SECONDS, this.config.SESSION_MAX_SECONDS, carried ? sha256(carried) : null],
    );
    const [value, csrfToken] = [randomToken(), randomToken()];
    await this.ds.query('insert into browser_session (id_hash, user_id, csrf_token) values ($1, $2, $3)', [
      sha256(value),
      userId,
      csrfToken,
    ]);
    res.cookie(this.cookieName, value, this.cookieOptions());
    return this.facts({
      csrfToken,
      idleLeft: this.config.SESSION_IDLE_SECONDS,
      maxLeft: this.config.SESSION_MAX_SECONDS,
    });
  }

  /** What the web app needs of its session: the CSRF token, and the times it warns and ends by. */
  facts(session: Pick<ActiveSession, 'csrfToken' | 'idleLeft' | 'maxLeft'>) {
    return {
      csrfToken: session.csrfToken,
      idleSeconds: this.config.SESSION_IDLE_SECONDS,
      warningSeconds: this.config.SESSION_WARNING_SECONDS,
      idleLeft: session.idleLeft,
      maxLeft: session.maxLeft,
    };
  }

  /**
   * The live session the request's cookie names, marked as used now (unless the request only peeks);
   * null when there is none: never was, signed out, idle too long, past the day's limit, or its user
   * disabled.
   */
  async resume(req: Request): Promise<ActiveSession | null> {
    const value = parse(req.headers.cookie ?? '')[this.cookieName];
    if (!value) return null;
    const peek = req.headers[PEEK_HEADER] === '1';
    // A CTE, so that the driver hands back the updated rows as a select's.
    const [row] = await select<ActiveSession>(
      this.ds,
      `with used as (
         update browser_session s set last_seen_at = case when $4 then s.last_seen_at else now() end
       from app_user u
       where s.id_hash = $1 and u.id = s.user_id and u.disabled_at is null
         and s.last_seen_at > now() - make_interval(secs => $2)
         and s.created_at > now() - make_interval(secs => $3)
       returning s.id_hash as "idHash", s.user_id as "userId", s.csrf_token as "csrfToken",
         extract(epoch from s.last_seen_at + make_interval(secs => $2) - now())::int as "idleLeft",
         extract(epoch from s.created_at + make_interval(secs => $3) - now())::int as "maxLeft")
       select * from used`,
      [sha256(value), this.config.SESSION_IDLE_SECONDS, this.config.SESSION_MAX_SECONDS, peek],
    );
    return row ?? null;
  }

  /** Ends the session at once, and tells the browser to forget its cookie. */
  async end(res: Response, session: ActiveSession): Promise<void> {
    await this.ds.query('delete from browser_session where id_hash = $1', [session.idHash]);
    res.clearCookie(this.cookieName, this.cookieOptions());
  }

  /** Ends every session of a user (a disabled user's, at once). */
  async endAllOf(userId: string, db: { query: DataSource['query'] } = this.ds): Promise<void> {
    await db.query('delete from browser_session where user_id = $1', [userId]);
  }

  /** Whether a changing request carries the session's CSRF token, compared in constant time. */
  static carriesCsrfToken(req: Request, session: Pick<ActiveSession, 'csrfToken'>): boolean {
    const sent = Buffer.from(String(req.headers[CSRF_HEADER] ?? ''));
    const expected = Buffer.from(session.csrfToken);
    return sent.length === expected.length && timingSafeEqual(sent, expected);
  }

  /**
   * httpOnly (no script reads it), SameSite=Strict (no other site's page or link sends it; the web app's
   * own requests do), Secure outside development, for the whole origin. No Max-Age: the browser forgets
   * it when closed, and the server's time-outs end it regardless.
   */
  private cookieOptions(): CookieOptions {
    return { httpOnly: true, sameSite: 'strict', secure: this.secure, path: '/' };
  }
}
