import policyJson from './escalation-policy.json';

/** org/escalation-policy.json: how long an escalation waits to be acknowledged before it climbs a rung. */
export interface EscalationPolicy {
  version: string;
  description?: string;
  default: string;
  rules: Array<{ limit: string; severity: 'warning' | 'expired' | 'alert'; ackWithin: string }>;
}

const HOURS_OR_MINUTES = /^PT([1-9][0-9]*)([HM])$/;

function toMs(duration: string): number {
  const m = HOURS_OR_MINUTES.exec(duration);
  if (!m) throw new RangeError(`escalation policy: ${duration} is not PT<n>H or PT<n>M`);
  return Number(m[1]) * (m[2] === 'H' ? 3_600_000 : 60_000);
}

/** The policy, checked: every time is hours or minutes, no limit and severity twice. */
export function loadEscalationPolicy(doc: unknown): EscalationPolicy {
  const p = doc as EscalationPolicy;
  if (!p || typeof p.default !== 'string' || !Array.isArray(p.rules)) throw new Error('escalation policy: default and rules are required');
  toMs(p.default);
  const seen = new Set<string>();
  for (const r of p.rules) {
    toMs(r.ackWithin);
    const key = `${r.limit}/${r.severity}`;
    if (seen.has(key)) throw new Error(`escalation policy: ${key} twice`);
    seen.add(key);
  }
  return p;
}

export const escalationPolicy = loadEscalationPolicy(policyJson);

/** How long an escalation of a limit and severity waits for acknowledgement, in ms. */
export function ackWindowMs(limitId: string | null, severity: string, policy: EscalationPolicy = escalationPolicy): number {
  const rule = policy.rules.find((r) => r.limit === limitId && r.severity === severity);
  return toMs(rule?.ackWithin ?? policy.default);
}
