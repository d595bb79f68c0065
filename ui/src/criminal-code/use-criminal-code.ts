import { useEffect, useState } from 'react';
import type { CriminalCodeItem } from '../../../law/criminal-code/criminal-code-types';
import { fetchCriminalCode } from './fetch-criminal-code';

/**
 * The article parts of the Criminal Code catalogue once loaded, else an empty list: the picker
 * then still takes a reference typed as `CC 122(1)`, it only offers and proposes nothing.
 */
export function useCriminalCode(): readonly CriminalCodeItem[] {
  const [items, setItems] = useState<readonly CriminalCodeItem[]>([]);
  useEffect(() => {
    let current = true;
    fetchCriminalCode()
      .then((loaded) => current && setItems(loaded.items))
      .catch(() => {
        // no catalogue: references are typed, as before it existed
      });
    return () => {
      current = false;
    };
  }, []);
  return items;
}
