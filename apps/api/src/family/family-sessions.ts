import { Inject, Injectable } from '@nestjs/common';
import type { CookieOptions, Request, Response } from 'express';
import { parse } from 'cookie';
import { DataSource } from 'typeorm';
import { CONFIG, type Config } from '../common/config.provider';
import { select } from '../common/postgres';
import { PEEK_HEADER, randomToken, secureCookies, SessionStore, sha256 } from '../auth/sessions';

/** A family's session as the guard finds it: the person signed in, and the token changing requests carry. */
export interface FamilySession {
  idHash: string;
  personId: string;
  csrfToken: string;
  idleLeft: number;
  maxLeft: number;
}

/**
 * The family's browser sessions: the workers' mechanism (a random value in an httpOnly SameSite=Strict
 * cookie, its SHA-256 in PostgreSQL, a CSRF token, the same idle and absolute times), in a table and a
 * cookie of their own naming a person, not a user. A worker's session is never a family's, nor the other
 * way round: each guard reads only its own cookie, and a family's route takes no bearer token at all.
 */
@Injectable()
export class FamilySessionStore {
  constructor(
    private readonly ds: DataSource,
    @Inject(CONFIG) private readonly config: Config,
    private readonly sessions: SessionStore,
  ) {}

  get cookieName(): string {
    return secureCookies(this.config) ? '__Host-luvn-family-session' : 'luvn-family-session';
  }

  /** A new session for the person; the one the browser came with ends, and so do sessions past their time. */
  async begin(req: Request, res: Response, personId: string) {
    const carried = parse(req.headers.cookie ?? '')[this.cookieName];
    await this.ds.query(
      `delete from family_session
       where id_hash = $3 or last_seen_at < now() - make_interval(secs => $1)
          or created_at < now() - make_interval(secs => $2)`,
      [this.config.SESSION_IDLE_SECONDS, this.config.SESSION_MAX_SECONDS, carried ? sha256(carried) : null],
    );
    const [value, csrfToken] = [randomToken(), randomToken()];
    await this.ds.query('insert into family_session (id_hash, person_id, csrf_token) values ($1, $2, $3)', [
      sha256(value),
      personId,
      csrfToken,
    ]);
    res.cookie(this.cookieName, value, this.cookieOptions());
    return this.sessions.facts({
      csrfToken,
      idleLeft: this.config.SESSION_IDLE_SECONDS,
      maxLeft: this.config.SESSION_MAX_SECONDS,
    });
  }

  /** The CSRF token and the times, as the workers' sessions give them. */
  facts(session: FamilySession) {
    return this.sessions.facts(session);
  }

  /** The live session the family's cookie names, marked as used (unless the request only peeks); else null. */
  async resume(req: Request): Promise<FamilySession | null> {
    const value = parse(req.headers.cookie ?? '')[this.cookieName];
    if (!value) return null;
    const [row] = await select<FamilySession>(
      this.ds,
      `with used as (
         update family_session s set last_seen_at = case when $4 then s.last_seen_at else now() end
         where s.id_hash = $1
           and s.last_seen_at > now() - make_interval(secs => $2)
           and s.created_at > now() - make_interval(secs => $3)
         returning s.id_hash as "idHash", s.person_id as "personId", s.csrf_token as "csrfToken",
           extract(epoch from s.last_seen_at + make_interval(secs => $2) - now())::int as "idleLeft",
           extract(epoch from s.created_at + make_interval(secs => $3) - now())::int as "maxLeft")
       select * from used`,
      [
        sha256(value),
        this.config.SESSION_IDLE_SECONDS,
        this.config.SESSION_MAX_SECONDS,
        req.headers[PEEK_HEADER] === '1',
      ],
    );
    return row ?? null;
  }

  async end(res: Response, session: FamilySession): Promise<void> {
    await this.ds.query('delete from family_session where id_hash = $1', [session.idHash]);
    res.clearCookie(this.cookieName, this.cookieOptions());
  }

  static carriesCsrfToken(req: Request, session: FamilySession): boolean {
    return SessionStore.carriesCsrfToken(req, session);
  }

  private cookieOptions(): CookieOptions {
    return { httpOnly: true, sameSite: 'strict', secure: secureCookies(this.config), path: '/' };
  }
}
