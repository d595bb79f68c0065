export { procedureWorkflow } from './procedure-workflow';
export { escalationLadderWorkflow } from './escalation-ladder-workflow';
