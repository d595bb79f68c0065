/** A table about to be published breaks a disclosure-control invariant; each violation is a line. */
export class UnprotectedTableError extends Error {
  constructor(readonly violations: readonly string[]) {
    super(`the table is not protected against disclosure:\n${violations.join('\n')}`);
    this.name = 'UnprotectedTableError';
  }
}
