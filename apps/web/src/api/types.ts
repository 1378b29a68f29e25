import type { components } from './schema';

/**
 * The API's shapes by the names the screens use, all from the OpenAPI document the build generates
 * schema.d.ts from: none is written here by hand, so a changed answer breaks the web's build.
 */
type Schemas = components['schemas'];

export type Me = Schemas['Me'];
export type Page = Me['pages'][number];
export type SignInUser = Schemas['SignInUser'];
export type SessionFacts = Schemas['SessionFacts'];
export type Client = Schemas['Client'];
export type ListedArrangement = Schemas['ListedArrangement'];
export type QueueItem = Schemas['QueueItem'];
export type ArrangementDetail = Schemas['Arrangement'];
export type ArrangementStatus = ArrangementDetail['status'];
export type TimelineEvent = Schemas['TimelineEvent'];
export type SupplierOffer = Schemas['SupplierOffer'];
export type CostCentre = Schemas['CostCentre'];
export type Localized = Schemas['Localized'];
export type ServiceDefinition = Schemas['ServiceDefinition'];
export type Visit = Schemas['Visit'];
export type MonthUse = Schemas['MonthUse'];
export type FeedbackRequest = Schemas['FeedbackRequest'];
export type DecisionSummary = Schemas['DecisionSummary'];
export type RectificationRequest = Schemas['RectificationRequest'];
export type ServiceCard = Schemas['ServiceCard'];
export type CatalogueVersion = Schemas['CatalogueVersion'];
export type CardDiff = Schemas['CardDiff'];
export type SupervisionCaseSummary = Schemas['SupervisionCaseSummary'];
export type SupervisionCase = Schemas['SupervisionCase'];
export type CaseStatus = SupervisionCase['status'];
export type CaseStep = SupervisionCase['steps'][number];
export type CaseFinding = SupervisionCase['findings'][number];

/** What a list of services needs of the catalogue's definition. */
export type CatalogueService = Pick<ServiceDefinition, 'code' | 'name'>;

export type { ArrangementAction, CaseAction } from '../../../../libs/contracts/actions';
import type { ArrangementAction, CaseAction } from '../../../../libs/contracts/actions';

/**
 * Whether the reader may take `action` on a record now, as the API says in its `allowedActions` (computed
 * by the process's own rules): the screens offer a step exactly when it is there, and decide nothing else.
 */
export function allows(record: object, action: ArrangementAction): boolean {
  return ((record as { allowedActions?: readonly string[] }).allowedActions ?? []).includes(action);
}

/** Whether the reader may take a supervision case's step now, as the API says in the case's `allowedActions`. */
export function allowsOnCase(c: { allowedActions: readonly string[] }, action: CaseAction): boolean {
  return c.allowedActions.includes(action);
}
