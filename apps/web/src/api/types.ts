import type { Localized, Role } from '../../../../libs/contracts/codes';
import type { ServiceDefinition } from '../../../../libs/contracts/catalogue';
import type { ArrangementStatus } from '../../../../libs/contracts/arrangement';

export type { ArrangementStatus, Localized, Role };

export interface Me {
  userId: string;
  role: Role;
  teamId: string | null;
  supplierId: string | null;
  name: string | null;
  username: string | null;
}

export interface SignInUser {
  username: string;
  name: string;
  role: Role;
  teamId: string | null;
  supplierName: string | null;
}

export interface Client {
  id: string;
  fullName: string;
  dateOfBirth: string;
  municipalityCode: string;
}

export interface ListedArrangement {
  id: string;
  status: ArrangementStatus;
  serviceCode: string;
  hoursPerMonth: number;
  desiredStartOn: string | null;
  dueOn: string | null;
  periodEnd: string | null;
  updatedAt: string;
  waitsFor: string | null;
  client: { id?: string; name: string } | null;
}

export interface QueueItem {
  id: string;
  status: ArrangementStatus;
  serviceCode: string;
  dueOn: string;
  overdue: boolean;
  assigneeId: string | null;
  assigneeName?: string | null;
  specialConsiderations: string[];
  client: { id: string; name: string; municipalityCode: string };
}

/** What a list of services needs of the catalogue's definition. */
export type CatalogueService = Pick<ServiceDefinition, 'code' | 'name'>;

export interface ArrangementDetail {
  id: string;
  status: ArrangementStatus;
  serviceCode: string;
  ownWorkerId: string;
  assigneeId: string | null;
  way: 'own_production' | 'purchase' | null;
  supplierId: string | null;
  hoursPerMonth: number | null;
  specialConsiderations: string[];
  needsAssessedOn: string;
  desiredStartOn: string | null;
  dueOn: string | null;
  decision: {
    outcome: 'granted' | 'denied';
    decidedOn: string;
    periodStart: string | null;
    periodEnd: string | null;
    appealDeadline: string | null;
    appealInstructions: Localized | null;
  } | null;
  startedOn: string | null;
  running: { period: number; periodStart: string; periodEnd: string; evaluationsHeld: number } | null;
  client: { id?: string; name: string; dateOfBirth?: string; address?: string | null } | null;
  proposal: {
    justification?: string;
    goals?: string;
    specialConsideration?: string | null;
    notRightWhenPresent?: string[];
    plannedDuration?: string | null;
  } | null;
}

export interface TimelineEvent {
  seq: number;
  type: string;
  actorId: string;
  at: string;
  /** The text the event refers to (a reason, a question), where the reader may see it. */
  text: Record<string, unknown> | null;
}

export interface SupplierOffer {
  supplierId: string;
  supplierName: string;
  contractId: string;
  unit: string;
  unitPriceCents: number;
  scorecard: { answers: number; nps: number | null; openCases: number };
}

export interface CostCentre {
  code: string;
  nameFi: string;
  nameSv: string;
}
