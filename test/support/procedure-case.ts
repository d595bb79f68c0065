export { startProcedureCase } from '../../simulation/start-procedure-case';
