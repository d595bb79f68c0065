import type { Me } from '../api/api-types';
import { useSession } from './use-session';

/** The signed-in user with what they may do (`can`), or undefined while nobody is signed in. */
export function useMe(): Me | undefined {
  const { state } = useSession();
  return state.status === 'authenticated' ? state.me : undefined;
}
