export { caseWorkflow } from './case-workflow';
export { procedureWorkflow } from './procedure-workflow';
