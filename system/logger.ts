export type Log = (message: string, fields?: Record<string, unknown>) => void;

const levels = { debug: 10, info: 20, warn: 30, error: 40 } as const;

/** One JSON line per event on stdout (stderr for errors), at or above the configured level. */
export function createLogger(level: keyof typeof levels, component: string): Log & { error: Log; warn: Log } {
  const write = (lvl: keyof typeof levels) => (message: string, fields: Record<string, unknown> = {}) => {
    if (levels[lvl] < levels[level]) return;
    const line = JSON.stringify({ time: new Date().toISOString(), level: lvl, component, message, ...fields });
    (lvl === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
  };
  return Object.assign(write('info'), { error: write('error'), warn: write('warn') });
}
