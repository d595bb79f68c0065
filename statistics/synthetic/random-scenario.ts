import { ageAt } from '../../law/age-band';
import { proposedGravity } from '../../law/criminal-code';
import type { Gravity } from '../../law/rulebook-types';
import { populationOf, populationRegions } from '../population/population';
import type { CaseScenario } from './case-scenario';

/** A small seeded PRNG (mulberry32), so a seed gives the same country every time. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A uuid (v4 layout) from the PRNG. */
export function uuidFrom(rnd: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rnd() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function pick<T>(rnd: () => number, weighted: ReadonlyArray<readonly [T, number]>): T {
  const total = weighted.reduce((s, [, w]) => s + w, 0);
  let x = rnd() * total;
  for (const [v, w] of weighted) if ((x -= w) < 0) return v;
  return weighted[weighted.length - 1]![0];
}

/**
 * The crimes of the synthetic country, weighted like a recorded-crime mix (property first, then
 * violence, drugs, fraud, public order); every article part is in the Criminal Code data, so it
 * has its gravity and ICCS code. Weights are plausible, not measured.
 */
export const crimeMix: ReadonlyArray<readonly [string, number]> = [
  ['CC 205(1)', 22], ['CC 205(2)', 10], ['CC 205(3)', 4], ['CC 209(1)', 8], ['CC 209(2)', 4], ['CC 280(1)', 7], ['CC 280(2)', 3],
  ['CC 131(1)', 6], ['CC 130(1)', 3], ['CC 138(1)', 4], ['CC 283(1)', 6], ['CC 282(1)', 2], ['CC 312(1)', 4], ['CC 312(2)', 1],
  ['CC 154(1)', 1.5], ['CC 155(1)', 0.8], ['CC 122(1)', 1.2], ['CC 122(2)', 0.3],
];

/** The investigative units a case may be registered by, with their region. */
export interface SyntheticUnit { id: string; code: string; region: string }

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const iso = (ms: number) => new Date(ms).toISOString();
const day = (ms: number) => new Date(ms + 6 * HOUR).toISOString().slice(0, 10);

/**
 * One plausible case registered in [from, to): region by population (a unit of that region, or the
 * nearest held), crime by the mix, suspects mostly men, ages like an offending population, one in
 * twelve a child; a third detained; most checks open a case within days, a quarter refused; most
 * detentions end in a judge's decision within the 48 hours (24 for a child), a few past it; then
 * charges, the prosecutor's decision, verdicts, probation, each only if its time has come by `now`.
 */
export function randomScenario(rnd: () => number, units: readonly SyntheticUnit[], registerNumber: (unit: SyntheticUnit, year: number) => string, from: number, to: number, now: number): CaseScenario {
  const region = pick(rnd, populationRegions.map((r) => [r, populationOf(2025, r)] as const));
  const inRegion = units.filter((u) => u.region === region);
  const unit = (inRegion.length > 0 ? inRegion : units)[Math.floor(rnd() * (inRegion.length > 0 ? inRegion.length : units.length))]!;
  const crimeArticle = pick(rnd, crimeMix);
  const gravity: Gravity = proposedGravity(crimeArticle) ?? 'less-grave';
  const registered = from + Math.floor(rnd() * Math.max(1, Math.min(to, now) - from));
  const received = registered - Math.floor(rnd() * 6 * HOUR);
  const birth = (age: number, at: number) => day(at - age * 365.25 * DAY - Math.floor(rnd() * 300) * DAY);
  const homicide = crimeArticle.startsWith('CC 122');
  const suspects: CaseScenario['suspects'] = Array.from({ length: rnd() < 0.85 ? 1 : 2 }, () => {
    const sex = rnd() < (homicide ? 0.9 : 0.84) ? 'male' as const : 'female' as const;
    const age = rnd() < 0.08 ? 14 + Math.floor(rnd() * 4) : 18 + Math.floor(Math.pow(rnd(), 1.6) * 50);
    const detained = rnd() < (gravity === 'small' ? 0.1 : gravity === 'less-grave' ? 0.25 : 0.6);
    const detainedAt = detained ? registered - Math.floor(rnd() * 10 * HOUR) : null;
    return { id: uuidFrom(rnd), sex, birthDate: birth(age, registered), detainedAt: detainedAt === null ? null : iso(detainedAt) };
  });
  const relationship = homicide || crimeArticle.startsWith('CC 138')
    ? pick(rnd, [['intimate-partner', 35], ['family-member', 25], ['acquaintance', 25], ['stranger', 10], ['unknown', 5]] as const)
    : pick(rnd, [['intimate-partner', 5], ['family-member', 7], ['acquaintance', 28], ['stranger', 50], ['unknown', 10]] as const);
  const victims: CaseScenario['victims'] = crimeArticle.startsWith('CC 28') ? [] : [{
    id: uuidFrom(rnd),
    sex: relationship === 'intimate-partner' ? (rnd() < 0.85 ? 'female' : 'male') : rnd() < 0.45 ? 'female' : 'male',
    birthDate: rnd() < 0.9 ? birth(16 + Math.floor(rnd() * 60), registered) : null, relationship,
  }];
  const at = (base: number, minHours: number, maxHours: number) => base + (minHours + rnd() * (maxHours - minHours)) * HOUR;
  const happened = (t: number) => t <= now;
  const recordedAfter = (t: number) => iso(t + Math.floor(rnd() * 20 * 60_000) + 1000);

  const s: CaseScenario = {
    id: uuidFrom(rnd), registerNumber: registerNumber(unit, new Date(registered + 6 * HOUR).getUTCFullYear()), unitId: unit.id, region, crimeArticle, gravity,
    receivedAt: iso(received), registeredAt: iso(registered), suspects, victims,
    check: null, detentionEnds: {}, charges: [], review: null, verdicts: [], probation: [],
  };
  // Detentions: the judge decides within the limit, mostly; a few are let go late.
  suspects.forEach((p, i) => {
    if (!p.detainedAt) return;
    const detainedAt = Date.parse(p.detainedAt);
    const child = ageAt(p.birthDate, p.detainedAt) < 18;
    const limit = child ? 24 : 48;
    const late = rnd() < 0.03;
    const end = late ? at(detainedAt, limit + 1, limit + 30) : at(detainedAt, limit * 0.4, limit * 0.95);
    if (!happened(end)) return;
    const by = late ? 'released' as const : pick(rnd, [['custody', 55], ['other-measure', 35], ['released', 10]] as const);
    s.detentionEnds[i] = { by, at: iso(end), recordedAt: recordedAfter(end), ...(by === 'custody' ? { termMonths: rnd() < 0.7 ? 2 as const : 1 as const } : {}) };
  });
  // The check of the report (CPC 153: 10 days), sometimes late.
  const decided = at(registered, 2, rnd() < 0.06 ? 400 : 230);
  if (!happened(decided)) return s;
  const refuse = rnd() < 0.25 && !Object.values(s.detentionEnds).some((e) => e.by === 'custody');
  s.check = { decision: refuse ? 'refuse-to-open' : 'open-case', decidedAt: iso(decided), recordedAt: recordedAfter(decided) };
  if (refuse) return s;
  // Charges, then the prosecutor: most investigations end within the 2 months (1 for small gravity);
  // with someone in custody, the case goes to court before the custody term ends, nearly always.
  const custody = Object.values(s.detentionEnds).filter((e) => e.by === 'custody');
  const custodyDays = custody.length > 0 ? Math.min(...custody.map((e) => (e.termMonths ?? 2) * 30)) : null;
  const charged = at(decided, 24, 24 * (custodyDays ? 10 : 40));
  if (happened(charged) && (custodyDays !== null || rnd() < 0.8)) suspects.forEach((_, i) => s.charges.push({ suspect: i, at: iso(charged + i * 60_000), recordedAt: recordedAfter(charged + i * 60_000) }));
  if (s.charges.length === 0) return s;
  const reviewed = custodyDays !== null && rnd() < 0.95 ? at(charged, 24 * 3, 24 * Math.max(4, custodyDays - 15)) : at(charged, 24 * 5, 24 * 50);
  if (!happened(reviewed)) return s;
  const outcome = rnd() < 0.12 ? 'terminated' as const : 'approved' as const;
  s.review = { outcome, at: iso(reviewed), recordedAt: recordedAfter(reviewed) };
  if (outcome === 'terminated') return s;
  // The court: verdicts a month or three later, convictions mostly.
  const pronounced = at(reviewed, 24 * 20, 24 * 100);
  if (!happened(pronounced)) return s;
  s.charges.forEach(({ suspect }) => {
    const convicted = rnd() < 0.9;
    const sentenceType = !convicted ? undefined : pick(rnd, [['imprisonment', gravity === 'small' ? 5 : 45], ['fine', 25], ['community-work', 10], ['correctional-work', 5], ['exempted-from-punishment', 3]] as const);
    const probation = convicted && sentenceType === 'imprisonment' && rnd() < 0.3;
    const inForce = pronounced + 31 * DAY;
    s.verdicts.push({
      suspect, outcome: convicted ? 'conviction' : 'acquittal', at: iso(pronounced + suspect * 60_000), recordedAt: recordedAfter(pronounced + suspect * 60_000),
      sentenceType, ...(sentenceType === 'imprisonment' ? { termMonths: 6 + Math.floor(rnd() * 90) } : {}), ...(probation ? { probationMonths: 12 + Math.floor(rnd() * 24) } : {}),
      ...(happened(inForce) ? { inForceOn: day(inForce) } : {}),
    });
    if (probation && happened(inForce + 3 * DAY)) {
      const months = 12 + Math.floor(rnd() * 24);
      const reports = Array.from({ length: Math.min(8, Math.floor((now - inForce) / (15 * DAY))) }, (_, k) => ({
        dueOn: day(inForce + (10 + 15 * k) * DAY),
        attendance: pick(rnd, [['attended', 90], ['missed-excused', 5], ['missed-unexcused', 5]] as const),
      })).filter((r) => Date.parse(`${r.dueOn}T12:00:00Z`) <= now);
      s.probation.push({ suspect, registeredAt: iso(inForce + 2 * DAY), months, reports });
    }
  });
  return s;
}
