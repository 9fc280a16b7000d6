import { findJsonProblem } from '../model/json';
import { builtinCaseFacts } from '../templates/builtin';
import { catalogueTemplate } from '../templates/catalogue';
import { templateJsonLimits } from '../templates/logic-schema';
import type { Template } from '../templates/schema';
import { formatZodIssues, validateRules } from '../templates/validate';
import { MAX_RULE_EXPRESSION_NODES } from '../contract/limits';
import { expressionNodes } from '../templates/logic';
import { rangeRecheckRules } from './range-rechecks';
import { caseSchema, type PracticeCase } from './schema';
import { documentPlainText } from './text';
import { INTERVIEW_TRANSCRIPT_ID, reachableQuestionIds } from './interview';

/** Compared without case or spacing differences: a passage may cross a line or a table cell. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

export type CaseValidation = { ok: true; practiceCase: PracticeCase } | { ok: false; errors: string[] };

/**
 * Checks a case against the schema and against the templates it names: documents unique and non-empty,
 * release triggers naming real sections, "continue the case" steps numbered 1, 2, 3 without gaps, every late
 * document saying what is new, tutor notes and rules pointing at real documents and items, and the facts
 * the built-in rules read declared. Every message starts with the path of the field at fault.
 *
 * `templates` are the templates available (the built-ins, plus any a tutor has added); the case's
 * `templateSet` must name templates among them.
 */
export function validateCase(input: unknown, templates: readonly Template[]): CaseValidation {
  const jsonProblem = findJsonProblem(input, templateJsonLimits);
  if (jsonProblem) return { ok: false, errors: [jsonProblem] };
  const parsed = caseSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: formatZodIssues(parsed.error.issues, 'case') };
  const practiceCase = parsed.data;
  const errors: string[] = [];
  const fail = (at: string, message: string) => errors.push(`${at}: ${message}`);

  const byId = new Map(templates.map((template) => [template.id, template]));
  const caseTemplates: Template[] = [];
  practiceCase.templateSet.forEach((templateId, index) => {
    const template = byId.get(templateId);
    if (!template) fail(`templateSet[${index}]`, `unknown template '${templateId}'`);
    else if (caseTemplates.includes(template))
      fail(`templateSet[${index}]`, `'${templateId}' is listed twice`);
    else caseTemplates.push(template);
  });
  const caseTemplateById = new Map(caseTemplates.map((template) => [template.id, template]));
  const checkItemRef = (at: string, ref: { templateId: string; itemId: string }) => {
    const template = caseTemplateById.get(ref.templateId);
    if (!template) fail(`${at}.templateId`, `'${ref.templateId}' is not in the case's template set`);
    else if (!catalogueTemplate(template).items.has(ref.itemId))
      fail(`${at}.itemId`, `unknown item id '${ref.itemId}' in template '${ref.templateId}'`);
  };

  const documentIds = new Set<string>();
  const continueSteps = new Set<number>();
  let startDocuments = 0;
  practiceCase.documents.forEach((doc, index) => {
    const at = `documents[${index}]`;
    if (documentIds.has(doc.id)) fail(`${at}.id`, `document id '${doc.id}' is used twice`);
    documentIds.add(doc.id);
    const { release } = doc;
    if (release.kind === 'start') startDocuments += 1;
    else if (!doc.newInformation)
      fail(`${at}.newInformation`, 'a document released later must say what is new (newInformation)');
    if (release.kind === 'start' && doc.newInformation)
      fail(`${at}.newInformation`, 'only documents released later carry newInformation');
    if (release.kind === 'continue') continueSteps.add(release.step);
    if (release.kind === 'interview' && !practiceCase.interview)
      fail(`${at}.release`, 'the case has no interview to release this document');
    if (release.kind === 'afterSection') {
      const template = caseTemplateById.get(release.templateId);
      if (!template)
        fail(`${at}.release.templateId`, `'${release.templateId}' is not in the case's template set`);
      else if (!catalogueTemplate(template).sections.has(release.sectionId))
        fail(
          `${at}.release.sectionId`,
          `unknown section '${release.sectionId}' in template '${release.templateId}'`,
        );
    }
    doc.newInformation?.revisit.forEach((ref, refIndex) =>
      checkItemRef(`${at}.newInformation.revisit[${refIndex}]`, ref),
    );
  });
  if (startDocuments === 0) fail('documents', 'at least one document must be in the file from the start');
  const steps = [...continueSteps].sort((a, b) => a - b);
  if (steps.some((step, index) => step !== index + 1))
    fail('documents', `"continue the case" steps must run 1, 2, 3… without gaps; found ${steps.join(', ')}`);

  const checkDocumentRef = (at: string, documentId: string) => {
    if (!documentIds.has(documentId)) fail(at, `unknown document '${documentId}'`);
  };
  const notes = practiceCase.tutorNotes;
  notes.keyEvidence.forEach((point, index) =>
    point.documentRefs.forEach((ref, refIndex) =>
      checkDocumentRef(`tutorNotes.keyEvidence[${index}].documentRefs[${refIndex}]`, ref),
    ),
  );
  notes.roshRanges.forEach((range, index) => {
    const at = `tutorNotes.roshRanges[${index}]`;
    range.documentRefs.forEach((ref, refIndex) => checkDocumentRef(`${at}.documentRefs[${refIndex}]`, ref));
    if (levelRank(range.from) > levelRank(range.to))
      fail(at, `'from' (${range.from}) is above 'to' (${range.to})`);
    if (range.group === 'prisoners' && range.setting !== 'custody')
      fail(`${at}.setting`, 'the risk to other prisoners is rated in custody only');
    const after = range.afterNewInformation;
    if (after) {
      checkDocumentRef(`${at}.afterNewInformation.documentId`, after.documentId);
      if (levelRank(after.from) > levelRank(after.to))
        fail(`${at}.afterNewInformation`, `'from' (${after.from}) is above 'to' (${after.to})`);
    }
  });
  const rangeKeys = new Set<string>();
  notes.roshRanges.forEach((range, index) => {
    const key = `${range.group}/${range.setting}`;
    if (rangeKeys.has(key)) fail(`tutorNotes.roshRanges[${index}]`, `a second range for ${key}`);
    rangeKeys.add(key);
  });

  practiceCase.keyEvidence?.forEach((point, index) => {
    const at = `keyEvidence[${index}]`;
    checkDocumentRef(`${at}.documentId`, point.documentId);
    const doc = practiceCase.documents.find((d) => d.id === point.documentId);
    // The passage is quoted to the trainee as the document's own words, so it must be found there.
    if (doc && !squash(documentPlainText(doc)).includes(squash(point.passage)))
      fail(`${at}.passage`, `not found in document '${point.documentId}'`);
    point.sections.forEach((ref, refIndex) => {
      const template = caseTemplateById.get(ref.templateId);
      if (!template)
        fail(
          `${at}.sections[${refIndex}].templateId`,
          `'${ref.templateId}' is not in the case's template set`,
        );
      else if (!catalogueTemplate(template).sections.has(ref.sectionId))
        fail(
          `${at}.sections[${refIndex}].sectionId`,
          `unknown section '${ref.sectionId}' in template '${ref.templateId}'`,
        );
    });
  });
  const evidenceIds = new Set<string>();
  practiceCase.keyEvidence?.forEach((point, index) => {
    if (evidenceIds.has(point.id))
      fail(`keyEvidence[${index}].id`, `key evidence id '${point.id}' is used twice`);
    evidenceIds.add(point.id);
  });
  if (practiceCase.interview) validateInterview(practiceCase, documentIds, fail);
  practiceCase.documents.forEach((doc, index) => {
    if (doc.id === INTERVIEW_TRANSCRIPT_ID)
      fail(`documents[${index}].id`, `'${INTERVIEW_TRANSCRIPT_ID}' is kept for the interview's transcript`);
  });

  // The budget is checked before the rules are, so an oversized expression is never walked further.
  const overBudget = ruleBudgetErrors(practiceCase.rules);
  errors.push(...overBudget);

  const declaredFacts = Object.keys(practiceCase.facts);
  if (overBudget.length === 0) {
    // The derived re-checks are validated with the case's own rules, so an id clash or a range naming a group
    // the analysis does not rate is reported here rather than at run time.
    const rulesCheck = validateRules(
      [...practiceCase.rules, ...rangeRecheckRules(practiceCase)],
      caseTemplates,
      {
        prefix: 'rules',
        knownFacts: declaredFacts,
        documentIds: [...documentIds],
        interview: {
          questionIds: practiceCase.interview?.questions.map((question) => question.id) ?? [],
          factIds: practiceCase.interview?.facts.map((fact) => fact.id) ?? [],
        },
      },
    );
    if (!rulesCheck.ok) errors.push(...rulesCheck.errors);
  }
  for (const fact of builtinCaseFacts)
    if (!declaredFacts.includes(fact)) fail('facts', `must declare '${fact}', which the built-in rules read`);

  return errors.length > 0 ? { ok: false, errors } : { ok: true, practiceCase };
}

const levelOrder = ['low', 'medium', 'high', 'very-high'];
const levelRank = (level: string): number => levelOrder.indexOf(level);

/**
 * The expression budget (`MAX_RULE_EXPRESSION_NODES` parts in one rule's `when`): a line per rule over it.
 * `rules` may be unchecked input; `firstIndex` numbers the paths when the rules are checked one at a time.
 */
export function ruleBudgetErrors(rules: unknown, firstIndex = 0): string[] {
  if (!Array.isArray(rules)) return [];
  return rules.flatMap((rule: unknown, index) => {
    const when = typeof rule === 'object' && rule !== null ? (rule as { when?: unknown }).when : undefined;
    return expressionNodes(when, MAX_RULE_EXPRESSION_NODES) > MAX_RULE_EXPRESSION_NODES
      ? [
          `rules[${firstIndex + index}].when: the expression has more than ${MAX_RULE_EXPRESSION_NODES} parts, over the budget for one rule; split it into simpler rules`,
        ]
      : [];
  });
}

/**
 * The interview's own checks: ids unique and known, and no part of the script the trainee could never reach
 * (a follow-up only unlocked by unreachable questions, a fact or a topic no reachable question leads to, a
 * document only the interview releases that no reachable question releases).
 */
function validateInterview(
  practiceCase: PracticeCase,
  documentIds: ReadonlySet<string>,
  fail: (at: string, message: string) => void,
): void {
  const interview = practiceCase.interview!;
  const topicIds = new Set<string>();
  interview.topics.forEach((topic, index) => {
    if (topicIds.has(topic.id)) fail(`interview.topics[${index}].id`, `topic id '${topic.id}' is used twice`);
    topicIds.add(topic.id);
  });
  const factIds = new Set<string>();
  interview.facts.forEach((fact, index) => {
    if (factIds.has(fact.id)) fail(`interview.facts[${index}].id`, `fact id '${fact.id}' is used twice`);
    factIds.add(fact.id);
  });
  const questionIds = new Set(interview.questions.map((question) => question.id));
  const seenQuestions = new Set<string>();
  interview.questions.forEach((question, index) => {
    const at = `interview.questions[${index}]`;
    if (seenQuestions.has(question.id)) fail(`${at}.id`, `question id '${question.id}' is used twice`);
    seenQuestions.add(question.id);
    if (!topicIds.has(question.topic)) fail(`${at}.topic`, `unknown topic '${question.topic}'`);
    question.unlocks?.forEach((id, i) => {
      if (id === question.id) fail(`${at}.unlocks[${i}]`, 'a question cannot unlock itself');
      else if (!questionIds.has(id)) fail(`${at}.unlocks[${i}]`, `unknown question '${id}'`);
    });
    question.reveals?.forEach((id, i) => {
      if (!factIds.has(id)) fail(`${at}.reveals[${i}]`, `unknown fact '${id}'`);
    });
    question.releases?.forEach((id, i) => {
      if (!documentIds.has(id)) fail(`${at}.releases[${i}]`, `unknown document '${id}'`);
    });
    question.contradictedBy?.forEach((id, i) => {
      if (!documentIds.has(id)) fail(`${at}.contradictedBy[${i}]`, `unknown document '${id}'`);
    });
  });

  const reachable = reachableQuestionIds(interview);
  const reachableQuestions = interview.questions.filter((question) => reachable.has(question.id));
  interview.questions.forEach((question, index) => {
    if (!reachable.has(question.id))
      fail(
        `interview.questions[${index}]`,
        `question '${question.id}' can never be asked: only questions that are themselves never asked unlock it`,
      );
  });
  const revealed = new Set(reachableQuestions.flatMap((question) => question.reveals ?? []));
  interview.facts.forEach((fact, index) => {
    if (!revealed.has(fact.id))
      fail(`interview.facts[${index}]`, `no question the trainee can ask reveals fact '${fact.id}'`);
  });
  const topicsUsed = new Set(reachableQuestions.map((question) => question.topic));
  interview.topics.forEach((topic, index) => {
    if (!topicsUsed.has(topic.id))
      fail(`interview.topics[${index}]`, `topic '${topic.id}' has no question the trainee can ask`);
  });
  const released = new Set(reachableQuestions.flatMap((question) => question.releases ?? []));
  practiceCase.documents.forEach((doc, index) => {
    if (doc.release.kind === 'interview' && !released.has(doc.id))
      fail(
        `documents[${index}].release`,
        `document '${doc.id}' is released by the interview, but no question the trainee can ask releases it`,
      );
  });
}
