import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ServiceDefinition } from '../../contracts/catalogue';

@Entity('catalogue_version')
export class CatalogueVersionEntity {
  @PrimaryColumn('integer') version!: number;
  @Column({ name: 'published_at', type: 'timestamptz' }) publishedAt!: Date;
  @Column({ name: 'published_by', type: 'uuid', nullable: true }) publishedBy!: string | null;
  @Column({ type: 'jsonb' }) services!: ServiceDefinition[];
  @Column({ type: 'text', nullable: true }) note!: string | null;
  @Column({ name: 'changed_codes', type: 'text', array: true }) changedCodes!: string[];
}
