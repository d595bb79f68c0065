/**
 * The automatic acts a service task may run (`icj:action`), each with what it does. The worker
 * queues the action in the outbox and a notifier delivers it; anything else is a lint error.
 */
export const serviceActions = {
  /** The supervising prosecutor is told of the act just recorded (detention, opening of a case). */
  'notify-prosecutor': 'Notify the supervising prosecutor of the act just recorded (e.g. the detention record, the decision to open a case).',
  /** Relatives are told where the person is held (rulebook detention.notify-relatives, custody.notify-relatives). */
  'notify-relatives': 'Notify the relatives of a detained or remanded person where and on what grounds the person is held.',
  /** The defence receives a copy of the motion or decision (rulebook measure.copy-to-defence). */
  'notify-defence': 'Send the defence lawyer a copy of the motion or decision just recorded.',
  /** The applicant learns what was decided on the report (rulebook check.decide). */
  'notify-applicant': 'Tell the person who reported the crime what was decided on the report.',
  /** The decision document is drafted from the recorded data, for the officer to sign. */
  'generate-decision': 'Draft the decision document from the data just recorded, for the officer to check and sign.',
  /** The motion and its materials go to the investigating judge (rulebook detention.to-court). */
  'send-to-court': 'Send the motion and its materials to the court (investigating judge).',
  /** The detention facility receives the order to release the person. */
  'notify-facility': 'Send the detention facility the order concerning the person it holds (release, transfer).',
} as const satisfies Record<string, string>;

export type ServiceAction = keyof typeof serviceActions;

/** Whether `value` is an action of the allow-list. */
export function isServiceAction(value: string): value is ServiceAction {
  return Object.hasOwn(serviceActions, value);
}
