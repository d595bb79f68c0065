import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The path of a fixture next to the BPMN specs: `compile.detention` -> test/bpmn/fixtures/compile.detention.bpmn. */
export function fixturePath(name: string): string {
  return join(__dirname, 'fixtures', `${name}.bpmn`);
}

/** The XML of a fixture. */
export function readFixture(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}
