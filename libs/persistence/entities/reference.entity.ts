import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { LegalBasis, Profession, Role } from '../../contracts';

@Entity('municipality')
export class MunicipalityEntity {
  @PrimaryColumn() code!: string;
  @Column({ name: 'name_fi' }) nameFi!: string;
  @Column({ name: 'name_sv' }) nameSv!: string;
}

@Entity('team')
export class TeamEntity {
  @PrimaryColumn() id!: string;
  @Column() kind!: 'own_workers' | 'arranging' | 'management' | 'procurement';
  @Column({ name: 'legal_basis', type: 'text', nullable: true }) legalBasis!: LegalBasis | null;
  @Column({ name: 'name_fi' }) nameFi!: string;
  @Column({ name: 'name_sv' }) nameSv!: string;
  @Column({ name: 'name_en' }) nameEn!: string;
}

@Entity('app_user')
export class UserEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column() username!: string;
  @Column({ name: 'full_name' }) fullName!: string;
  @Column({ type: 'text' }) role!: Role;
  @Column({ type: 'text', nullable: true }) profession!: Profession | null;
  @Column({ name: 'team_id', type: 'text', nullable: true }) teamId!: string | null;
  @Column({ name: 'supplier_id', type: 'uuid', nullable: true }) supplierId!: string | null;
  /** An own-production unit's lead (the unit is `supplierId`); false for everyone else. */
  @Column({ name: 'unit_lead', type: 'boolean', default: false }) unitLead!: boolean;
  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true }) disabledAt!: Date | null;
}

@Entity('client')
export class ClientEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'full_name' }) fullName!: string;
  @Column({ name: 'date_of_birth', type: 'date' }) dateOfBirth!: string;
  @Column({ name: 'municipality_code' }) municipalityCode!: string;
  @Column() language!: 'fi' | 'sv';
  @Column({ name: 'legal_basis', type: 'text' }) legalBasis!: LegalBasis;
  @Column({ name: 'own_worker_id', type: 'uuid' }) ownWorkerId!: string;
  @Column({ type: 'text', nullable: true }) address!: string | null;
  @Column({ name: 'contact_name', type: 'text', nullable: true }) contactName!: string | null;
  @Column({ name: 'contact_phone', type: 'text', nullable: true }) contactPhone!: string | null;
  /** Special support needs under the Social Welfare Act (SHL 3 §), as the client information system records them. */
  @Column({ name: 'special_support_needs' }) specialSupportNeeds!: boolean;
}

@Entity('cost_centre')
export class CostCentreEntity {
  @PrimaryColumn() code!: string;
  @Column({ name: 'name_fi' }) nameFi!: string;
  @Column({ name: 'name_sv' }) nameSv!: string;
}

@Entity('supplier')
export class SupplierEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'business_id' }) businessId!: string;
  @Column() name!: string;
  @Column({ name: 'own_production' }) ownProduction!: boolean;
}

@Entity('supplier_contract')
export class SupplierContractEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column({ name: 'supplier_id', type: 'uuid' }) supplierId!: string;
  @Column({ name: 'service_code' }) serviceCode!: string;
  @Column() unit!: 'hour' | 'day' | 'month';
  @Column({ name: 'unit_price_cents', type: 'integer' }) unitPriceCents!: number;
  @Column({ name: 'valid_from', type: 'date' }) validFrom!: string;
  @Column({ name: 'valid_to', type: 'date' }) validTo!: string;
  /** A terminated contract with `endedOn` runs until that day; one without it (ended by a supervision case) stopped at once. */
  @Column() status!: 'active' | 'suspended' | 'terminated';
  @Column({ name: 'procurement_decision', type: 'text', nullable: true }) procurementDecision!: string | null;
  @Column({ name: 'suspended_on', type: 'date', nullable: true }) suspendedOn!: string | null;
  @Column({ name: 'ended_on', type: 'date', nullable: true }) endedOn!: string | null;
  @Column({ name: 'cancellation_terms', type: 'jsonb' }) cancellationTerms!: Record<string, unknown>;
  @Column({ name: 'order_answer_working_days', type: 'integer', nullable: true }) orderAnswerWorkingDays!:
    | number
    | null;
}
