// Declarations for the bpmn-io packages that ship no types for their entry points.

declare module 'bpmn-moddle' {
  /** One problem bpmn-moddle met while reading, with the element it concerns when it knows it. */
  export interface ModdleWarning {
    message: string;
    element?: { id?: string; $type?: string };
    property?: string;
    value?: unknown;
  }

  export interface ModdleParseResult {
    rootElement: unknown;
    warnings: ModdleWarning[];
    elementsById: Record<string, unknown>;
  }

  /** bpmn-moddle's `BpmnModdle`: the BPMN 2.0 meta-model plus the given extension packages. */
  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>, options?: Record<string, unknown>);
    fromXML(xml: string, options?: { lax?: boolean }): Promise<ModdleParseResult>;
    fromXML(xml: string, typeName: string, options?: { lax?: boolean }): Promise<ModdleParseResult>;
    toXML(element: unknown, options?: { format?: boolean; preamble?: boolean }): Promise<{ xml: string }>;
  }
}

declare module 'bpmnlint' {
  import type { Config, Resolver, Report, RuleDefinition } from 'bpmnlint/lib/types';

  /** A report as the linter returns it: `category` is the configured severity, or `rule-error` when the rule threw. */
  export type LintReport = Report & { category: 'warn' | 'error' | 'info' | 'rule-error'; meta?: RuleDefinition['meta'] };

  export class Linter {
    constructor(options: { config?: Config; resolver: Resolver });
    /** Reports keyed by the configured rule name. */
    lint(moddleRoot: unknown, config?: Config): Promise<Record<string, LintReport[]>>;
  }
}
