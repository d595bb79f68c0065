import type { Resolver, RuleFactory } from 'bpmnlint/lib/types';
import conditionVariables from './rules/condition-variables';
import exclusiveGatewayConditions from './rules/exclusive-gateway-conditions';
import exclusiveGatewayDefault from './rules/exclusive-gateway-default';
import libertyTimerLimit from './rules/liberty-timer-limit';
import libertyTimerWarnings from './rules/liberty-timer-warnings';
import noDeadEnd from './rules/no-dead-end';
import reachesEnd from './rules/reaches-end';
import serviceTaskAction from './rules/service-task-action';
import timerAnchor from './rules/timer-anchor';
import timerLimitExists from './rules/timer-limit-exists';
import userTaskRecord from './rules/user-task-record';
import userTaskRole from './rules/user-task-role';

/** The package name bpmnlint gives the `icj/` rule prefix. */
export const ICJ_PLUGIN = 'bpmnlint-plugin-icj';

/** The legal lint rules, by name, with their severity. */
export const icjRules: Record<string, { factory: RuleFactory; severity: 'error' | 'warn' }> = {
  'user-task-record': { factory: userTaskRecord, severity: 'error' },
  'user-task-role': { factory: userTaskRole, severity: 'error' },
  'service-task-action': { factory: serviceTaskAction, severity: 'error' },
  'timer-limit-exists': { factory: timerLimitExists, severity: 'error' },
  'liberty-timer-limit': { factory: libertyTimerLimit, severity: 'error' },
  'liberty-timer-warnings': { factory: libertyTimerWarnings, severity: 'warn' },
  'timer-anchor': { factory: timerAnchor, severity: 'warn' },
  'exclusive-gateway-conditions': { factory: exclusiveGatewayConditions, severity: 'error' },
  'exclusive-gateway-default': { factory: exclusiveGatewayDefault, severity: 'warn' },
  'condition-variables': { factory: conditionVariables, severity: 'warn' },
  'no-dead-end': { factory: noDeadEnd, severity: 'error' },
  'reaches-end': { factory: reachesEnd, severity: 'error' },
};

/** A bpmnlint resolver that serves the icj rules from this folder, so no plugin is installed in node_modules. */
export const icjRuleResolver: Resolver = {
  resolveRule(pkg: string, ruleName: string): RuleFactory {
    const rule = pkg === ICJ_PLUGIN ? icjRules[ruleName] : undefined;
    if (!rule) throw new Error(`unknown lint rule ${pkg}/${ruleName}`);
    return rule.factory;
  },
  resolveConfig(pkg: string, configName: string): never {
    throw new Error(`no lint config ${pkg}/${configName}: the icj rules are configured in code`);
  },
};
