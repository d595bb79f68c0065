import { useEffect, useState } from 'react';
import type { Rulebook } from '../../../law/rulebook-types';
import { fetchRulebook } from './fetch-rulebook';

/** The rulebook once loaded, else undefined (callers show the `limit.<id>` message or the id meanwhile). */
export function useRulebook(): Rulebook | undefined {
  const [rulebook, setRulebook] = useState<Rulebook>();
  useEffect(() => {
    let current = true;
    fetchRulebook()
      .then((loaded) => current && setRulebook(loaded))
      .catch(() => {
        // the limits are named by their short messages or ids then
      });
    return () => {
      current = false;
    };
  }, []);
  return rulebook;
}
