import type { Actor } from '../workflows/definitions';
import type { SessionUser } from './views';

/** The user as the workflow sees the performer of an act (its validator checks role and rung). */
export function actorOf(user: SessionUser): Actor {
  return { userId: user.id, username: user.username, role: user.role, unitId: user.unitId, ladderAuthority: user.ladderAuthority };
}
