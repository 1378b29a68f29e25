import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Criterion, ServiceDefinition } from '../../../../libs/contracts/catalogue';
import type { Language } from '../../../../libs/contracts';
import { CatalogueVersionEntity } from '../../../../libs/persistence/entities/catalogue-version.entity';
import { cardChanges } from '../../../../libs/domain/service-card-diff';
import { catalogueActionsFor } from '../access/allowed-actions';
import type { AuthUser } from '../auth/auth';
import { DomainError, ErrorCode } from '../common/domain-error';
import { pgCode, UNIQUE_VIOLATION } from '../common/postgres';
import type { CardDiffQueryDto, CatalogueQueryDto, PublishServiceDto } from './catalogue.dto';

export interface PublishedCatalogue {
  version: number;
  publishedAt: Date;
  services: ServiceDefinition[];
}

/** A principle card in one language: what a worker reads while preparing a proposal. */
export type LocalizedCard = Omit<
  ServiceDefinition,
  'name' | 'description' | 'rightWhen' | 'notRightWhen' | 'fee' | 'source'
> & {
  name: string;
  source?: string;
  description: string;
  rightWhen: { code: string; text: string }[];
  notRightWhen: { code: string; text: string }[];
  fee: Omit<ServiceDefinition['fee'], 'note'> & { note: string };
};

export function localize(s: ServiceDefinition, lang: Language): LocalizedCard {
  const pick = (cs: Criterion[]) => cs.map((c) => ({ code: c.code, text: c.text[lang] }));
  const { source, ...card } = s;
  return {
    ...card,
    name: s.name[lang],
    description: s.description[lang],
    rightWhen: pick(s.rightWhen),
    notRightWhen: pick(s.notRightWhen),
    fee: { ...s.fee, note: s.fee.note[lang] },
    ...(source ? { source: source[lang] } : {}),
  };
}

/** Whether every word of `q` is found in the card's texts (in `lang`, or in any language). */
function matches(s: ServiceDefinition, q: string, lang: Language | undefined): boolean {
  const texts = [s.name, s.description, ...s.rightWhen.map((c) => c.text), ...s.notRightWhen.map((c) => c.text)];
  const haystack = [s.code, ...texts.flatMap((t) => (lang ? [t[lang]] : Object.values(t)))]
    .join('\n')
    .toLocaleLowerCase('fi');
  return q
    .toLocaleLowerCase('fi')
    .split(/\s+/)
    .every((word) => haystack.includes(word));
}

/**
 * The service catalogue: data that an authorised user changes, one new version a change. A
 * published version never changes, and an arrangement keeps the version it was proposed under.
 */
@Injectable()
export class CatalogueService {
  /** A published version never changes, so it is read once per process. */
  private readonly versions = new Map<number, PublishedCatalogue>();

  constructor(private readonly ds: DataSource) {}

  async latestVersion(): Promise<number> {
    const rows: { version: number | null }[] = await this.ds.query(
      'select max(version) as version from catalogue_version',
    );
    const version = rows[0]?.version;
    if (version == null) throw new Error('the service catalogue is empty: run the database preparation');
    return version;
  }

  async at(version: number): Promise<PublishedCatalogue> {
    let found = this.versions.get(version);
    if (!found) {
      const row = await this.ds.getRepository(CatalogueVersionEntity).findOneBy({ version });
      if (!row) throw DomainError.notFound('catalogue version', String(version));
      found = { version: row.version, publishedAt: row.publishedAt, services: row.services };
      this.versions.set(version, found);
    }
    return found;
  }

  async current(): Promise<PublishedCatalogue> {
    return this.at(await this.latestVersion());
  }

  /** The cards a worker browses: filtered, searched, in one language or all three. */
  async browse(q: CatalogueQueryDto) {
    const catalogue = await this.at(q.version ?? (await this.latestVersion()));
    const services = catalogue.services.filter(
      (s) =>
        (!q.legalBasis || s.legalBases.includes(q.legalBasis)) &&
        (!q.group || s.group === q.group) &&
        (!q.q || matches(s, q.q, q.lang)),
    );
    return {
      version: catalogue.version,
      publishedAt: catalogue.publishedAt.toISOString(),
      services: q.lang ? services.map((s) => localize(s, q.lang!)) : services,
    };
  }

  async card(code: string, q: { version?: number; lang?: Language }, user?: AuthUser) {
    const catalogue = await this.at(q.version ?? (await this.latestVersion()));
    const found = catalogue.services.find((s) => s.code === code);
    if (!found) throw DomainError.notFound('service', code);
    return {
      version: catalogue.version,
      ...(q.lang ? localize(found, q.lang) : found),
      allowedActions: user ? catalogueActionsFor(user) : [],
    };
  }

  /** What changed in a service's card from one version to another, field by field, old beside new. */
  async diff(code: string, q: CardDiffQueryDto) {
    const [from, to] = await Promise.all([this.at(q.from), this.at(q.to)]);
    const before = from.services.find((s) => s.code === code) ?? null;
    const after = to.services.find((s) => s.code === code) ?? null;
    if (!before && !after) throw DomainError.notFound('service', code);
    return { code, from: from.version, to: to.version, changes: cardChanges(before, after) };
  }

  /** The service as published in `version` (the newest when not given), or a 400 naming `field`. */
  async service(
    code: string,
    version?: number,
    field = 'serviceCode',
  ): Promise<{ version: number; service: ServiceDefinition }> {
    const catalogue = await this.at(version ?? (await this.latestVersion()));
    const service = catalogue.services.find((s) => s.code === code);
    if (!service) {
      throw DomainError.invalidField(
        field,
        'known_service',
        `no service '${code}' in catalogue version ${catalogue.version}`,
      );
    }
    return { version: catalogue.version, service };
  }

  /** Every version, newest first, with who published it by name. */
  async history() {
    const rows: {
      version: number;
      publishedAt: Date;
      publishedBy: string | null;
      publishedByName: string | null;
      note: string | null;
      changedCodes: string[];
    }[] = await this.ds.query(
      `select v.version, v.published_at as "publishedAt", v.published_by as "publishedBy",
              u.full_name as "publishedByName", v.note, v.changed_codes as "changedCodes"
       from catalogue_version v left join app_user u on u.id = v.published_by
       order by v.version desc`,
    );
    return rows.map((r) => ({ ...r, publishedAt: new Date(r.publishedAt).toISOString() }));
  }

  /**
   * Publishes a new version with `service` added or replaced. The change names the version it was
   * made on: if another change came first, it is refused rather than silently overwriting it.
   */
  async publish(user: AuthUser, code: string, dto: PublishServiceDto) {
    if (dto.service.code !== code) {
      throw DomainError.invalidField('service.code', 'matches_path', `must be ${code}, the service in the path`);
    }
    const base = await this.at(dto.basedOnVersion);
    const latest = await this.latestVersion();
    if (latest !== base.version) {
      // The same change sent again (a retry after a lost reply) is the version it made, not a conflict.
      if (latest === base.version + 1 && (await this.isSameChange(latest, code, dto))) {
        return this.card(code, { version: latest }, user);
      }
      throw staleBase(base.version, latest);
    }
    const exists = base.services.some((s) => s.code === code);
    const services = exists
      ? base.services.map((s) => (s.code === code ? dto.service : s))
      : [...base.services, dto.service];
    const version = base.version + 1;
    try {
      await this.ds.query(
        `insert into catalogue_version (version, published_by, services, note, changed_codes)
         values ($1, $2, $3, $4, $5)`,
        [version, user.userId, JSON.stringify(services), dto.note, [code]],
      );
    } catch (err) {
      // Another change on the same version won the race for the next number.
      if (pgCode(err) === UNIQUE_VIOLATION) throw staleBase(base.version, version);
      throw err;
    }
    return this.card(code, { version }, user);
  }

  private async isSameChange(version: number, code: string, dto: PublishServiceDto): Promise<boolean> {
    const [row]: { changed: string[]; note: string | null }[] = await this.ds.query(
      'select changed_codes as changed, note from catalogue_version where version = $1',
      [version],
    );
    const service = (await this.at(version)).services.find((s) => s.code === code);
    return row?.note === dto.note && row.changed.join() === code && canonical(service) === canonical(dto.service);
  }
}

function staleBase(base: number, latest: number): DomainError {
  return new DomainError(
    ErrorCode.Conflict,
    `the catalogue has changed since version ${base} (now ${latest}); reload it and make the change again`,
  );
}

/** JSON with keys sorted: jsonb does not keep the key order it was given. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
