import { createContext } from 'react';

/** Inline errors of a generated form, by JSON pointer, shared with every field. */
export interface FormErrors {
  errorsAt(pointer: string): string[];
  /** Drops the errors under `pointer` (used when removing an array item shifts the indices). */
  clearUnder(pointer: string): void;
}

/** Context through which fields find their server errors. */
export const FormErrorsContext = createContext<FormErrors>({
  errorsAt: () => [],
  clearUnder: () => {},
});
