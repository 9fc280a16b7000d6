import type { JsonValue } from '../model/json';
import { migrateRiskManagementPlanV2Answers } from './builtin/risk-management-plan-migration';
import { migrateSentencePlanV1Answers } from './builtin/sentence-plan-migration';

/**
 * Saved answers follow the template version they were written against (`Attempt.templateVersions`). When a
 * built-in template changes its questions, a step here lifts old answers to the next version, so an attempt
 * saved by an older app opens with its work intact. The host runs `migrateAttemptAnswers` whenever it opens an
 * attempt file, after the file's own schema migrations, and keeps a backup of the file as it was first.
 *
 * Steps are pure: the same old answers always give the same new ones.
 */

type TemplateAnswers = Record<string, JsonValue>;

export interface AnswerMigrationStep {
  templateId: string;
  /** Lifts answers written against this version to `from + 1`. */
  from: number;
  migrate: (answers: TemplateAnswers) => TemplateAnswers;
}

/** The new version only adds or hides questions or options: the older answers stay valid as they are. */
const unchanged = (answers: TemplateAnswers): TemplateAnswers => answers;

export const answerMigrationSteps: readonly AnswerMigrationStep[] = [
  // Objectives with actions become goals with steps (the goal model).
  { templateId: 'sentence-plan', from: 1, migrate: migrateSentencePlanV1Answers },
  // The brief risk to self and enquiries questions give way to the fuller templates when present.
  { templateId: 'rosh-analysis', from: 1, migrate: unchanged },
  // Lines for the risks identified outside the analysis join "Answering each risk".
  { templateId: 'risk-management-plan', from: 1, migrate: unchanged },
  // Screening for fire-setting, hate, custody incidents and orders; children, address check, oversight, reviews,
  // the MAPPA referral state and predictor scores are all new questions.
  { templateId: 'rosh-analysis', from: 2, migrate: unchanged },
  // Contingency owners and timescales become choices; multi-agency management is split into its forums.
  { templateId: 'risk-management-plan', from: 2, migrate: migrateRiskManagementPlanV2Answers },
  // Linked to reoffending, the goal's life after agreement, and two responsivity options are new.
  { templateId: 'sentence-plan', from: 2, migrate: unchanged },
  // Each decision's type, the reason for an absence, alternatives and who was consulted are new.
  { templateId: 'reflective-log', from: 1, migrate: unchanged },
];

export interface MigratedTemplate {
  templateId: string;
  from: number;
  to: number;
}

interface WithAnswers {
  templateVersions: Record<string, number>;
  answers: Record<string, Record<string, JsonValue>>;
}

/**
 * Lifts each template's answers, one version at a time, as far as the steps go. Answers a later version wrote
 * are left alone, as are templates with no steps. Returns the attempt unchanged (the same object) when nothing
 * needed lifting, and otherwise a copy with new answers and versions, plus what was lifted.
 */
export function migrateAttemptAnswers<T extends WithAnswers>(
  attempt: T,
  steps: readonly AnswerMigrationStep[] = answerMigrationSteps,
): { value: T; migrated: MigratedTemplate[] } {
  const migrated: MigratedTemplate[] = [];
  let answers = attempt.answers;
  let versions = attempt.templateVersions;
  for (const [templateId, from] of Object.entries(attempt.templateVersions)) {
    let version = from;
    let templateAnswers = answers[templateId];
    for (;;) {
      const step = steps.find((s) => s.templateId === templateId && s.from === version);
      if (!step) break;
      if (templateAnswers !== undefined) templateAnswers = step.migrate(templateAnswers);
      version += 1;
    }
    if (version === from) continue;
    if (templateAnswers !== undefined) answers = { ...answers, [templateId]: templateAnswers };
    versions = { ...versions, [templateId]: version };
    migrated.push({ templateId, from, to: version });
  }
  if (migrated.length === 0) return { value: attempt, migrated };
  return { value: { ...attempt, answers, templateVersions: versions }, migrated };
}
