/**
 * One validation error; `path` is a JSON pointer into the submitted data (`''` = the whole object).
 * `message` is the server's English text; `code` (an Ajv keyword such as `required`, `enum`,
 * `maxLength`, or a rule name such as `future`) and its `params` are what the UI translates.
 * Older servers send no `code`.
 */
export interface ProblemFieldError {
  path: string;
  message: string;
  code?: string;
  params?: Record<string, unknown>;
}

/**
 * An RFC 9457 `application/problem+json` body. `status` 0 means the server was not reached.
 * `code` is the server's stable name for the failure (`task-not-open`), `params` what its text
 * needs (`{status: 'completed'}`): the UI translates them (`problemMessage`); `title` and `detail`
 * are English, for API clients and logs.
 */
export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  code?: string;
  params?: Record<string, unknown>;
  errors?: ProblemFieldError[];
}
