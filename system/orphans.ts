import { readFileSync } from 'node:fs';

/** The command line of a running process, or null when it is gone (Linux /proc). */
export function commandLineOf(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return null;
  }
}

/**
 * Stops a process an earlier start left running (kill -9 of `npm start` or `npm run cluster`
 * orphans its engines, which then hold the ports and the data), when it still runs a command that
 * names `marker` (its data file or folder), so an unrelated process that reused the pid is left
 * alone. Waits until it is gone; true when there was one.
 */
export async function stopOrphan(pid: number, marker: string, say: (line: string) => void = () => {}): Promise<boolean> {
  const cmdline = commandLineOf(pid);
  if (!Number.isInteger(pid) || pid <= 0 || !cmdline || !cmdline.includes(marker)) return false;
  say(`stopping pid ${pid}, left running by an earlier start (${cmdline.slice(0, 120).trim()})`);
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    return false;
  }
  for (let i = 0; i < 100 && commandLineOf(pid) !== null && !isZombie(pid); i++) await new Promise((r) => setTimeout(r, 50));
  return true;
}

function isZombie(pid: number): boolean {
  try {
    return / Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^\d+ \(.*?\)/, ''));
  } catch {
    return true;
  }
}
