import type { Role } from '../../../../libs/contracts/codes';
import type { ArrangementStatus } from '../../../../libs/contracts/arrangement';

export type { ArrangementStatus, Role };

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

export interface CatalogueService {
  code: string;
  name: { fi: string; sv: string; en: string };
}
