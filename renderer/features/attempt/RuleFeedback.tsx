import { useShallow } from 'zustand/react/shallow';
import type { RuleResult } from '@shared/templates';
import type { TextFinding } from '@shared/text-feedback';
import { useTextFindings } from '../feedback/text-findings';
import { useAttempt, useAttemptStore } from './context';
import { sectionKey } from './attempt-store';

const EMPTY: readonly RuleResult[] = [];

function RuleLine({ result }: { result: RuleResult }) {
  return (
    <li className={`rule rule--${result.severity}`}>
      <strong className={`tag ${result.severity === 'warning' ? 'tag--yellow' : 'tag--blue'} rule__tag`}>
        {result.severity === 'warning' ? 'Check' : 'Question'}
      </strong>{' '}
      <span className="rule__message">{result.message}</span>
    </li>
  );
}

/** Reflective questions about one item, shown under it. Never a score, never a block on saving. */
export function RuleNotes({ templateId, itemId }: { templateId: string; itemId: string }) {
  const results = useAttempt((state) => state.itemRules[`${templateId}/${itemId}`] ?? EMPTY);
  if (results.length === 0) return null;
  return (
    <div className="rule-notes" aria-label="Questions to reflect on">
      <ul className="rule-list">
        {results.map((result) => (
          <RuleLine key={`${result.ruleId}:${result.rowId ?? ''}`} result={result} />
        ))}
      </ul>
    </div>
  );
}

function TextLine({ finding, reason }: { finding: TextFinding; reason: string | null }) {
  return (
    <li className="rule rule--question" data-testid="section-text-finding">
      <strong className="tag tag--blue rule__tag">From your writing</strong>{' '}
      <span className="rule__message">{finding.message}</span>
      <span className="rule__why"> {finding.why}</span>
      {reason !== null ? <span className="rule__why"> You set this aside: {reason}</span> : null}
    </li>
  );
}

/** Every question the section raises, at its top, so none is missed further down. */
export function SectionQuestions({ templateId, sectionId }: { templateId: string; sectionId: string }) {
  const results = useAttempt(
    useShallow((state) => state.sectionRules[sectionKey(templateId, sectionId)] ?? EMPTY),
  );
  const allText = useTextFindings(useAttemptStore());
  const setAside = useAttempt((state) => state.attempt.findingsSetAside);
  const text = allText.filter(
    (f) => f.sectionRef.templateId === templateId && f.sectionRef.sectionId === sectionId,
  );
  if (results.length === 0 && text.length === 0) return null;
  const headingId = `questions-${templateId}-${sectionId}`;
  return (
    <section className="questions-panel" aria-labelledby={headingId} data-testid="section-questions">
      <h2 className="heading-m" id={headingId}>
        Questions to reflect on
      </h2>
      <p className="body">
        These are prompts a tutor might raise about your answers so far. They are not marks, and they never
        stop you saving or moving on.
      </p>
      <ul className="rule-list">
        {results.map((result) => (
          <RuleLine key={`${result.ruleId}:${result.rowId ?? ''}`} result={result} />
        ))}
        {text.map((finding) => (
          <TextLine
            key={finding.id}
            finding={finding}
            reason={setAside?.find((entry) => entry.findingId === finding.id)?.reason ?? null}
          />
        ))}
      </ul>
    </section>
  );
}
