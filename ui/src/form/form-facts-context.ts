import { createContext } from 'react';
import type { TaskForm } from '../api/api-types';
import type { FormValue } from './form-value';

/** What every field may need besides its own value: the task's case facts and the whole form (a fact shows the person chosen beside it). */
export interface FormFacts {
  facts: TaskForm | undefined;
  formValue: FormValue;
}

/** Context through which person and read-only fact fields find the case facts. */
export const FormFactsContext = createContext<FormFacts>({ facts: undefined, formValue: undefined });
