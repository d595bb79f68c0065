import * as feelin from 'feelin';
import * as rulebook from '../law/rulebook-data';
import * as recordSchemas from '../law/record-schema-sources';

/**
 * What every case workflow on a worker thread shares instead of evaluating it again per
 * workflow: the FEEL interpreter (feelin, with its Lezer parser tables and its Temporal polyfill)
 * and the law as data (the rulebook, the calendar, the record schemas). Temporal's reusable V8
 * context evaluates each module of the bundle once per cached workflow unless it is preloaded:
 * measured with 300 cases of a detained suspect (600 workflows), 1.25 MB of memory a workflow
 * without, 0.49 MB with these; preloading the engine, the case-file checks and the roles as well
 * saved nothing more. None of these keeps per-workflow state or imports @temporalio/workflow, and
 * the SDK freezes what they export, so a workflow that tried to change them would fail instead
 * of leaking into another. Preloaded through the bundler option `preloadModules`
 * (temporal/workflow-bundle-options.ts). Referenced here, not only imported, because feelin is
 * side-effect free and a bare import of it would be dropped from the preload.
 */
export const sharedModules = [feelin, rulebook, recordSchemas];
