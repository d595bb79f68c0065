/** A legal duration in one unit, as the rulebook writes it (ISO 8601 subset). */
export interface LegalDuration {
  /** A lead time before the anchor rather than a term after it. */
  before: boolean;
  amount: number;
  unit: 'instant' | 'minute' | 'hour' | 'day' | 'month' | 'year';
}

const PATTERN = /^(-)?P(?:T(?:(0)S|([1-9][0-9]*)([HM]))|([1-9][0-9]*)([DMY]))$/;

/** Parses `PT48H`, `P10D`, `P2M`, `P1Y`, `PT30M`, `PT0S`, `-P5D`; throws on anything else. */
export function parseDuration(text: string): LegalDuration {
  const m = PATTERN.exec(text);
  if (!m) throw new RangeError(`not a rulebook duration: ${text}`);
  const before = m[1] === '-';
  if (m[2] === '0') return { before, amount: 0, unit: 'instant' };
  if (m[3]) return { before, amount: Number(m[3]), unit: m[4] === 'H' ? 'hour' : 'minute' };
  const unit = m[6] === 'D' ? 'day' : m[6] === 'M' ? 'month' : 'year';
  return { before, amount: Number(m[5]), unit };
}
