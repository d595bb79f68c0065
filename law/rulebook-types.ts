/** Crime gravity categories (Criminal Code KR art. 19). */
export type Gravity = 'small' | 'less-grave' | 'grave' | 'especially-grave';

export interface LimitExtension {
  by: string;
  on?: string;
  step?: string;
  upTo?: string;
  motionLeadTime?: string;
  decideWithin?: string;
  cap?: string;
  /** Id of the limit that caps every extension (custody.term -> custody.cap). */
  capLimit?: string;
  ladder?: Array<{ by: string; upTo: string | null }>;
}

/** One legal time limit of the rulebook (validated by law/rulebook/rulebook.schema.json). */
export interface LimitRule {
  id: string;
  title: { ru: string; ky: string; en: string };
  duration: string;
  childDuration?: string;
  byGravity?: Partial<Record<Gravity, string>>;
  startsAt: string;
  libertyTerm: boolean;
  startDayCounts: boolean;
  extension: LimitExtension | null;
  atExpiry: string | null;
  warnings: string[];
  basis: Array<{ code: string; article: number; part?: string }>;
  basisText: string;
  confidence: 'high' | 'medium' | 'low';
  notes?: string;
}

export interface Rulebook {
  version: string;
  source: string;
  timeZone: 'Asia/Bishkek';
  limits: LimitRule[];
}
