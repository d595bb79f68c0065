/** One validation error; `path` is a JSON pointer into the submitted data (`''` = the whole object). */
export interface ProblemFieldError {
  path: string;
  message: string;
}

/** An RFC 9457 `application/problem+json` body. `status` 0 means the server was not reached. */
export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  errors?: ProblemFieldError[];
}
