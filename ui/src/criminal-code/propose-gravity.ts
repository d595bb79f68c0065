import type { CriminalCodeItem } from '../../../law/criminal-code/criminal-code-types';
import type { FormObject } from '../form/form-value';

function gravityOf(items: readonly CriminalCodeItem[], ref: unknown): string | undefined {
  return typeof ref === 'string' ? items.find((i) => i.ref === ref)?.gravity : undefined;
}

/**
 * The registration form after a change, with the gravity the code gives the chosen article (CC
 * art. 19) filled in, unless the user has chosen a gravity of their own: the field is filled only
 * while it is empty or still holds what the previous article proposed. The user may change it.
 */
export function proposeGravity(items: readonly CriminalCodeItem[], next: FormObject, previous: FormObject): FormObject {
  if (next.crimeArticle === previous.crimeArticle) return next;
  const proposed = gravityOf(items, next.crimeArticle);
  if (!proposed) return next;
  const untouched = !previous.gravity || previous.gravity === gravityOf(items, previous.crimeArticle);
  return untouched ? { ...next, gravity: proposed } : next;
}
