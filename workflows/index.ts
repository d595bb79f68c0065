export { procedureWorkflow } from './procedure-workflow';
