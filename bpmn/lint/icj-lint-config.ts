import type { Config } from 'bpmnlint/lib/types';
import { icjRules } from './icj-rules';
import type { LegalCatalogue } from './legal-catalogue';

/** The bpmnlint configuration that turns on every icj rule at its severity, each given the catalogue. */
export function icjLintConfig(catalogue: LegalCatalogue): Config {
  return {
    rules: Object.fromEntries(Object.entries(icjRules).map(([name, { severity }]) => [`icj/${name}`, [severity, catalogue]])),
  };
}
