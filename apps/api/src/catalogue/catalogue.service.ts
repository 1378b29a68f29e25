import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ServiceDefinition } from '../../../../libs/contracts/catalogue';
import type { ServiceRules } from '../../../../libs/contracts';
import { CatalogueVersionEntity } from '../../../../libs/persistence/entities/catalogue-version.entity';
import { DomainError } from '../common/domain-error';

export interface PublishedCatalogue {
  version: number;
  services: ServiceDefinition[];
}

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
      const row = await this.ds.getRepository(CatalogueVersionEntity).findOneByOrFail({ version });
      found = { version: row.version, services: row.services };
      this.versions.set(version, found);
    }
    return found;
  }

  async current(): Promise<PublishedCatalogue> {
    return this.at(await this.latestVersion());
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

  async published(code: string): Promise<ServiceDefinition> {
    const found = (await this.current()).services.find((s) => s.code === code);
    if (!found) throw DomainError.notFound('service', code);
    return found;
  }

  static rulesOf(version: number, s: ServiceDefinition): ServiceRules {
    return {
      catalogueVersion: version,
      waysOfArranging: s.waysOfArranging,
      accessTarget: s.accessTarget,
      firstPeriod: s.periods.first,
    };
  }
}
