import { readdirSync, readFileSync } from 'node:fs';

/**
 * Where the machine's CPU goes during a series: utime + stime of every process, read from /proc
 * before and after, each process attributed to the nearest ancestor (or itself) that `roots`
 * names (a Temporal node, a worker, an API process, HAProxy, the bench), PostgreSQL's backends by
 * their command name. Linux only; elsewhere it reports nothing.
 */
export type CpuSnapshot = Map<number, { ppid: number; comm: string; ticks: number }>;

const TICKS_PER_SECOND = 100;

export function cpuSnapshot(): CpuSnapshot {
  const out: CpuSnapshot = new Map();
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return out;
  }
  for (const d of pids) {
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      // comm is in parentheses and may hold spaces: the fields after its closing one are fixed.
      const close = stat.lastIndexOf(')');
      const comm = stat.slice(stat.indexOf('(') + 1, close);
      const f = stat.slice(close + 2).split(' ');
      out.set(Number(d), { ppid: Number(f[1]), comm, ticks: Number(f[11]) + Number(f[12]) });
    } catch {
      // it exited between the listing and the read
    }
  }
  return out;
}

/** CPU seconds per named part between two snapshots, most first; `other` is the rest of the machine. */
export function cpuShare(before: CpuSnapshot, after: CpuSnapshot, roots: Map<number, string>): Array<{ part: string; seconds: number }> {
  const byPart = new Map<string, number>();
  for (const [pid, p] of after) {
    const delta = p.ticks - (before.get(pid)?.ticks ?? 0);
    if (delta <= 0) continue;
    const part = partOf(pid, after, roots);
    byPart.set(part, (byPart.get(part) ?? 0) + delta / TICKS_PER_SECOND);
  }
  return [...byPart].map(([part, seconds]) => ({ part, seconds })).sort((a, b) => b.seconds - a.seconds);
}

function partOf(pid: number, procs: CpuSnapshot, roots: Map<number, string>): string {
  if (procs.get(pid)?.comm === 'postgres') return 'postgres';
  for (let p: number | undefined = pid, hops = 0; p && hops < 20; p = procs.get(p)?.ppid, hops++) {
    const name = roots.get(p);
    if (name) return name;
  }
  return 'other';
}

/** One line: each part's CPU seconds and share of the series' wall time on all cores. */
export function formatCpuShare(share: Array<{ part: string; seconds: number }>, wallSeconds: number, ops: number): string {
  const total = share.reduce((s, x) => s + x.seconds, 0);
  const parts = share.filter((x) => x.seconds >= 0.05)
    .map((x) => `${x.part} ${x.seconds.toFixed(1)} s (${((1000 * x.seconds) / ops).toFixed(1)} ms/op)`).join(', ');
  return `CPU ${total.toFixed(1)} s in ${wallSeconds.toFixed(1)} s wall (${(total / wallSeconds).toFixed(2)} cores; ${((1000 * total) / ops).toFixed(1)} ms/op): ${parts}`;
}
