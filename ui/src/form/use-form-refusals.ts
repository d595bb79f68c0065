import { useCallback, useMemo, useState } from 'react';
import { ApiError } from '../api/api-error';
import type { Problem, ProblemFieldError } from '../api/problem';
import { useI18n } from '../i18n/use-i18n';
import type { JsonSchema } from '../schema/json-schema';
import { referencedRecordTypes } from '../schema/referenced-record-types';
import { useRecordSchemas } from '../schema/use-record-schemas';
import { fieldErrorMessage } from './field-error-message';
import type { FormErrors } from './form-errors-context';
import type { RefusalContext } from './refusal-context';

/** What a form shows of the server's last refusal (see {@link useFormRefusals}). */
export interface FormRefusals {
  /** The problem of the last failed submission, if any. */
  problem: Problem | undefined;
  /** Its field errors, kept untranslated so each render shows them in the current language. */
  errors: ProblemFieldError[];
  /** An error in the UI language, naming fields, record types and persons as the form knows them. */
  message(error: ProblemFieldError): string;
  /** For `FormErrorsContext.Provider`: each field finds its own errors. */
  context: FormErrors;
  /** Shows what a failed submission answered (an ApiError's problem; anything else as a network-less failure). */
  fail(err: unknown): void;
  clear(): void;
}

/**
 * The server is the validator: a form keeps its last refusal here, and its fields and summary read
 * it. `schema` is the record the errors' paths point into (its refusals may name other record types,
 * loaded by title as needed); `persons` name the persons a refusal refers to.
 */
export function useFormRefusals(schema: JsonSchema | undefined, persons?: RefusalContext['persons']): FormRefusals {
  const { lang } = useI18n();
  const [problem, setProblem] = useState<Problem>();
  const [errors, setErrors] = useState<ProblemFieldError[]>([]);
  const schemas = useRecordSchemas(useMemo(() => (schema ? referencedRecordTypes(schema, errors) : []), [schema, errors]));
  const refusalContext = useMemo<RefusalContext>(() => ({ schema, schemas, persons }), [schema, schemas, persons]);
  const message = useCallback((e: ProblemFieldError) => fieldErrorMessage(e, lang, refusalContext), [lang, refusalContext]);
  const context = useMemo<FormErrors>(
    () => ({
      errorsAt: (pointer) => errors.filter((e) => e.path === pointer).map(message),
      clearUnder: (pointer) => setErrors((all) => all.filter((e) => !e.path.startsWith(`${pointer}/`))),
    }),
    [errors, message],
  );
  const fail = useCallback((err: unknown) => {
    const p: Problem = err instanceof ApiError ? err.problem : { title: String(err), status: 0 };
    setProblem(p);
    setErrors((p.errors ?? []).map((e) => ({ ...e, path: e.path ?? '', message: e.message ?? '' })));
  }, []);
  const clear = useCallback(() => {
    setProblem(undefined);
    setErrors([]);
  }, []);
  return { problem, errors, message, context, fail, clear };
}
