import type { OfferedOption } from '@shared/templates';
import type { AnswerScope } from '../answer-paths';

/** What every answerable field gets from `ItemField`, already worked out from the store. */
export interface FieldProps<I> {
  item: I;
  scope: AnswerScope;
  /** The id of the control (the first control for groups): error links focus it. */
  id: string;
  /** The engine's problem to show now, in plain words, or null. */
  error: string | null;
  required: boolean;
  options: readonly OfferedOption[] | null;
}

export function optionalSuffix(required: boolean): string {
  return required ? '' : ' (optional)';
}
