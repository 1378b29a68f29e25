export { arrangementWorkflow } from './arrangement/arrangement.workflow';
