import assert from 'node:assert/strict';
import { ESLint } from 'eslint';

// The lint rules that keep workflow code deterministic are part of the design: prove they bite.
describe('lint rules for the workflow sandbox', function () {
  this.timeout(60_000);
  const eslint = new ESLint();

  async function problems(code: string, filePath: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath });
    return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
  }

  it('refuses a Node built-in imported into workflow code', async () => {
    const found = await problems("import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", 'workflows/index.ts');
    assert.ok(found.some((p) => p.startsWith('no-restricted-imports')), found.join('\n'));
    const bare = await problems("import { randomUUID } from 'crypto';\nexport const y = randomUUID;\n", 'workflows/index.ts');
    assert.ok(bare.some((p) => p.startsWith('no-restricted-imports')), bare.join('\n'));
  });

  it('allows Node built-ins outside workflows', async () => {
    const found = await problems("import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", 'activities/index.ts');
    assert.deepEqual(found.filter((p) => p.startsWith('no-restricted-imports')), []);
  });

  it('refuses a floating promise anywhere', async () => {
    const found = await problems('export async function f(): Promise<void> {}\nexport function g(): void {\n  f();\n}\n', 'activities/index.ts');
    assert.ok(found.some((p) => p.startsWith('@typescript-eslint/no-floating-promises')), found.join('\n'));
  });
});
