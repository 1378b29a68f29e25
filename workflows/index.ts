export { arrangementWorkflow } from './arrangement/arrangement.workflow';
export { supervisionWorkflow } from './supervision/supervision.workflow';
export { plannedVisitWorkflow } from './supervision/planned-visit.workflow';
