import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where the Temporal CLI is, in the order DESIGN gives: TEMPORAL_CLI, `temporal` on PATH, the
 * engine cache (filled by scripts/install-engines.sh). Null means: let the SDK download it.
 */
export function resolveTemporalCli(explicit: string | null, engineCacheDir: string): string | null {
  if (explicit) {
    if (!existsSync(explicit)) throw new Error(`TEMPORAL_CLI=${explicit} does not exist`);
    return explicit;
  }
  try {
    const onPath = execFileSync('sh', ['-c', 'command -v temporal'], { encoding: 'utf8' }).trim();
    if (onPath) return onPath;
  } catch {
    // not on PATH
  }
  const cached = join(engineCacheDir, 'bin', 'temporal');
  return existsSync(cached) ? cached : null;
}

/** The wrapper script that starts Temporal's Java time-skipping test server. */
export function resolveTestServer(engineCacheDir: string): string {
  const path = join(engineCacheDir, 'test-server', 'temporal-test-server');
  if (!existsSync(path)) {
    throw new Error(`The Temporal time-skipping test server is not installed (${path}); run: npm run engines`);
  }
  return path;
}

/** The schemathesis CLI (`st`) of the engine cache, installed from PyPI by scripts/install-engines.sh. */
export function resolveSchemathesis(engineCacheDir: string): string {
  const version = '4.32.5'; // SCHEMATHESIS_VERSION in scripts/install-engines.sh
  const path = join(engineCacheDir, `schemathesis-${version}`, 'bin', 'st');
  if (!existsSync(path)) throw new Error(`schemathesis is not installed (${path}); run: npm run engines`);
  return path;
}
