import type { ProsecutorRung } from './organisation-types';

/** A prosecutor of the Prosecutor General's Office: the Prosecutor General or a deputy (CPC KR 162). */
export type ProsecutorRank = 'prosecutor-general' | 'deputy-prosecutor-general';

/**
 * The rung of the extension ladder a prosecutor decides on (CPC KR 162: a district or city
 * prosecutor extends the investigation to 4 months in all, an oblast, Bishkek or Osh prosecutor
 * to 6, a Deputy Prosecutor General to 9, the Prosecutor General beyond): the rung of their
 * office, and in the Prosecutor General's Office their rank. The value of the
 * `investigation-extension-decision` record's `authority`, filled in from the user who decides.
 */
export function ladderAuthority(rung: ProsecutorRung | null, rank: ProsecutorRank | null): string | null {
  switch (rung) {
    case 'district': return 'district-or-city-prosecutor';
    case 'regional': return 'oblast-bishkek-osh-prosecutor';
    case 'general': return rank === 'prosecutor-general' ? 'prosecutor-general' : 'deputy-prosecutor-general';
    default: return null;
  }
}
