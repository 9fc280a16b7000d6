import type { ReactNode } from 'react';
import type { GuidanceItem } from '@shared/templates';
import type { AnswerScope } from '../answer-paths';
import { ItemHeading } from './ItemHeading';

/**
 * Template text: paragraphs separated by a blank line; a paragraph whose lines start with "- " is a list.
 * Rendered as text nodes only, never as HTML, so a template cannot inject markup.
 */
export function GuidanceText({ text }: { text: string }) {
  const blocks = text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
  return (
    <>
      {blocks.map((block, index) => {
        const lines = block.split('\n').map((line) => line.trim());
        if (lines.every((line) => line.startsWith('- '))) {
          return (
            <ul className="list list--bullet" key={index}>
              {lines.map((line, lineIndex) => (
                <li key={lineIndex}>{line.slice(2)}</li>
              ))}
            </ul>
          );
        }
        return (
          <p className="body" key={index}>
            {block}
          </p>
        );
      })}
    </>
  );
}

/** "What to consider": an item's guidance, shown on demand (the GOV.UK details pattern). */
export function GuidanceDetails({
  guidance,
  summary = 'What to consider',
}: {
  guidance?: string;
  summary?: ReactNode;
}) {
  if (!guidance) return null;
  return (
    <details className="details">
      <summary className="details__summary">
        <span className="details__summary-text">{summary}</span>
      </summary>
      <div className="details__text">
        <GuidanceText text={guidance} />
      </div>
    </details>
  );
}

/** A guidance item in the form: its title and text, nothing to answer. */
export function GuidanceField({ item, id, scope }: { item: GuidanceItem; id: string; scope: AnswerScope }) {
  return (
    <div className="guidance-item" id={id}>
      {item.title ? (
        <ItemHeading scope={scope} className="heading-s">
          {item.title}
        </ItemHeading>
      ) : null}
      <GuidanceText text={item.text} />
    </div>
  );
}
