/**
 * What the fault suite found, as a table (README "Faults survived"). Pure: the run gathers the
 * facts, this judges them. A run passes when nothing acknowledged was lost, nothing was written
 * twice, nothing is stuck, every limit due during an outage fired after it, and every chain holds.
 */
export interface FaultWindow {
  fault: string;
  /** When the process was killed, and when its replacement served again (ms since the epoch). */
  from: number;
  to: number;
}

export interface DueDeadline {
  deadlineId: string;
  dueAt: number;
  /** When the runner first saw it closed (expired) in PostgreSQL; null: never within the run. */
  firedSeenAt: number | null;
}

export interface ChaosFacts {
  acknowledged: { registrations: number; completions: number };
  /** Records in PostgreSQL of the acknowledged acts: registrations and completed tasks. */
  written: { registrations: number; completions: number };
  /** Acts written more than once (the same task's record twice, a case's registration twice). */
  duplicates: number;
  /** Tasks acknowledged as completed and still open, plus open incidents. */
  stuck: number;
  faults: FaultWindow[];
  deadlines: DueDeadline[];
  chains: { verified: number; broken: number };
  /** Answers of 500 and above the load received (from the API or the load balancer). */
  serverErrors: Array<{ status: number; retryAfter: boolean }>;
  /** An API process's /healthz, asked directly while PostgreSQL was down. */
  healthWhileDown: Array<{ status: number; ms: number }>;
}

export interface ChaosRow {
  measure: string;
  value: string;
  ok: boolean;
}

/** The deadlines whose due instant fell inside a fault's outage. */
export function dueDuringOutage(facts: Pick<ChaosFacts, 'faults' | 'deadlines'>): Array<DueDeadline & { fault: string }> {
  return facts.deadlines.flatMap((d) => {
    const w = facts.faults.find((f) => d.dueAt >= f.from && d.dueAt <= f.to);
    return w ? [{ ...d, fault: w.fault }] : [];
  });
}

export function chaosReport(facts: ChaosFacts): { rows: ChaosRow[]; passed: boolean } {
  const during = dueDuringOutage(facts);
  const fired = during.filter((d) => d.firedSeenAt !== null);
  const lateness = fired.map((d) => (d.firedSeenAt! - d.dueAt) / 1000).sort((a, b) => a - b);
  const allFired = facts.deadlines.filter((d) => d.firedSeenAt !== null).length;
  const lost = facts.acknowledged.registrations - facts.written.registrations + (facts.acknowledged.completions - facts.written.completions);
  const rows: ChaosRow[] = [
    { measure: 'faults (kill -9, then back)', value: facts.faults.map((f) => `${f.fault} ${((f.to - f.from) / 1000).toFixed(1)} s`).join('; '), ok: facts.faults.length > 0 },
    { measure: 'acts acknowledged (registrations + task completions)', value: `${facts.acknowledged.registrations} + ${facts.acknowledged.completions}`, ok: true },
    { measure: 'records written of them (lost)', value: `${facts.written.registrations} + ${facts.written.completions} (${Math.max(0, lost)} lost)`, ok: lost <= 0 },
    { measure: 'duplicates', value: String(facts.duplicates), ok: facts.duplicates === 0 },
    { measure: 'tasks stuck (completed but open, open incidents)', value: String(facts.stuck), ok: facts.stuck === 0 },
    { measure: 'liberty limits due in the run that fired', value: `${allFired} of ${facts.deadlines.length}`, ok: allFired === facts.deadlines.length },
    { measure: 'of them due during an outage, fired after it', value: `${fired.length} of ${during.length}`, ok: during.length > 0 && fired.length === during.length },
    {
      measure: 'their lateness (seen closed - due), s',
      value: lateness.length ? `median ${lateness[Math.floor((lateness.length - 1) / 2)]!.toFixed(1)}, max ${lateness[lateness.length - 1]!.toFixed(1)}` : '-',
      ok: true,
    },
    {
      // A 502 is the load balancer's answer for a request in flight on a process killed under it.
      measure: 'answers 5xx during the outages (503 with Retry-After; 502: in flight on a killed process; no 500)',
      value: `${facts.serverErrors.length}: ${[...new Set(facts.serverErrors.map((e) => e.status))].sort().map((st) => `${facts.serverErrors.filter((e) => e.status === st).length} x ${st}`).join(', ') || 'none'}`,
      ok: facts.serverErrors.every((e) => (e.status === 503 && e.retryAfter) || e.status === 502),
    },
    {
      measure: "an API process's /healthz while PostgreSQL is down",
      value: facts.healthWhileDown.length ? `${facts.healthWhileDown.filter((h) => h.status === 503).length} of ${facts.healthWhileDown.length} answered 503, slowest ${Math.max(...facts.healthWhileDown.map((h) => h.ms))} ms` : 'not asked',
      ok: facts.healthWhileDown.length > 0 && facts.healthWhileDown.every((h) => h.status === 503 && h.ms < 1000),
    },
    { measure: 'hash chains verified', value: `${facts.chains.verified} of ${facts.chains.verified + facts.chains.broken}`, ok: facts.chains.broken === 0 && facts.chains.verified > 0 },
  ];
  return { rows, passed: rows.every((r) => r.ok) };
}

export function formatChaosTable(rows: ChaosRow[]): string {
  const lines = ['| measure | value | |', '|---|---|---|'];
  for (const r of rows) lines.push(`| ${r.measure} | ${r.value} | ${r.ok ? 'ok' : 'FAILED'} |`);
  return lines.join('\n');
}
