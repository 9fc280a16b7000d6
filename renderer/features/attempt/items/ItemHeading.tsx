import type { HTMLAttributes } from 'react';
import type { AnswerScope } from '../answer-paths';

/**
 * A question with its own heading sits straight under the page's h1; inside a repeating row it sits under its
 * group's heading, one level down. Heading levels then never skip (screen-reader users move by them).
 */
export function ItemHeading({
  scope,
  ...props
}: { scope: AnswerScope } & HTMLAttributes<HTMLHeadingElement>) {
  return scope.rows.length === 0 ? <h2 {...props} /> : <h3 {...props} />;
}
