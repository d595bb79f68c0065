import type { Problem } from '../api/problem';
import { ProblemText } from './problem-text';

/** An error block for a request that failed. */
export function ProblemBox({ problem }: { problem: Problem }) {
  return (
    <div className="alert alert-error" role="alert">
      <ProblemText problem={problem} />
    </div>
  );
}
