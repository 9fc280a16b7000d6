import { z } from 'zod';
import { roshLevelIds } from '../../cases/schema';
import { cohortDigestSchema } from '../../cohort/summary';
import { attemptStatuses, authoredIdSchema } from '../../model/attempt';
import { idSchema, isoDateTime } from '../../model/ids';
import { reviewSummarySchema } from '../../model/library';
import { defineChannel } from '../define';
import { pdfSavedResponseSchema } from './pdf';

const level = z.enum(roshLevelIds);

const cohortAttemptSchema = z.object({
  attemptId: idSchema,
  caseId: authoredIdSchema.nullable(),
  caseVersion: z.number().int().min(1).nullable(),
  title: z.string(),
  status: z.enum(attemptStatuses),
  updatedAt: isoDateTime,
  totalMs: z.number().min(0),
  traineeName: z.string().nullable(),
  fileName: z.string(),
  digest: cohortDigestSchema.nullable(),
  reviews: reviewSummarySchema.nullable(),
});

const cohortCaseSchema = z.object({
  id: authoredIdSchema,
  version: z.number().int().min(1),
  title: z.string(),
  ranges: z.array(
    z.object({
      group: z.string(),
      setting: z.enum(['community', 'custody']),
      from: level,
      to: level,
      after: z
        .object({ documentId: z.string(), documentTitle: z.string(), from: level, to: level })
        .nullable(),
    }),
  ),
  questions: z.record(z.string(), z.string()),
  keyEvidence: z.array(z.object({ id: z.string(), label: z.string() })),
  documents: z.record(z.string(), z.string()),
  interviewKeyQuestions: z.number().int().min(0).nullable(),
});

/**
 * A tutor's cohort: the trainees' work brought in from share packages, from the library index (an attempt's
 * cohort digest is worked out once, the first time it is asked for, and kept), and a debrief of one case as a PDF.
 */
export const cohortChannels = {
  listCohort: defineChannel({
    channel: 'cohort:list',
    summary:
      'The cohort screen’s data: every imported copy with whose work it is and its cohort digest (ratings, questions, evidence, decisions), and the cases they are on, from the index once the digests are kept.',
    request: z.object({}).strict(),
    response: z.object({
      attempts: z.array(cohortAttemptSchema),
      cases: z.array(cohortCaseSchema),
      /** `<decision id>:<option id>` to the option's words, from the templates. */
      decisionLabels: z.record(z.string(), z.string()),
    }),
  }),
  exportDebriefPdf: defineChannel({
    channel: 'cohort:debrief-pdf',
    summary:
      'Ask where to save, then write the debrief of one case across the cohort as a PDF; anonymised (Trainee A, B…) unless names are asked for.',
    request: z.object({ caseId: authoredIdSchema, showNames: z.boolean() }).strict(),
    response: pdfSavedResponseSchema,
  }),
};
