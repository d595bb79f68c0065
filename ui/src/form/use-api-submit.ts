import { useState, type FormEvent } from 'react';
import { useFormRefusals, type FormRefusals } from './use-form-refusals';

/** What {@link useApiSubmit} gives a form: whether it is sending, the server's refusals, and its submit handler. */
export interface ApiSubmit {
  submitting: boolean;
  refusals: FormRefusals;
  /** The form's onSubmit: runs `send`, then clears the refusals, or shows them at their fields. */
  onSubmit(send: () => Promise<void>): (event: FormEvent<HTMLFormElement>) => Promise<void>;
}

/** One way for the small forms (acknowledge, order a release, hand over, reset a password) to send and show refusals. */
export function useApiSubmit(): ApiSubmit {
  const [submitting, setSubmitting] = useState(false);
  const refusals = useFormRefusals(undefined);
  return {
    submitting,
    refusals,
    onSubmit: (send) => async (event) => {
      event.preventDefault();
      setSubmitting(true);
      try {
        await send();
        refusals.clear();
      } catch (err) {
        refusals.fail(err);
      } finally {
        setSubmitting(false);
      }
    },
  };
}
