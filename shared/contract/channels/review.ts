import { z } from 'zod';
import { attemptSchema } from '../../model/attempt';
import { idSchema, isoDateTime } from '../../model/ids';
import { attemptSummarySchema, libraryEntrySchema, reviewSummarySchema } from '../../model/library';
import { noticeSchema } from '../../model/notices';
import { importedCopySchema } from '../../exchange/imported-copy';
import { MAX_SHARE_BASE64_CHARS } from '../limits';
import { reviewSchema } from '../../review/schema';
import { defineChannel } from '../define';
import { pdfSavedResponseSchema } from './pdf';
import { caseAddedSchema } from './cases';

const range = { start: z.number().int().min(0), end: z.number().int().min(0) };

/** Where a comment sits in the attempt it was carried to (see shared/review/threads.ts `CommentPlacement`). */
export const commentPlacementSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('item') }),
  z.object({ status: z.literal('row-gone') }),
  z.object({ status: z.literal('found'), ...range }),
  z.object({ status: z.literal('moved'), ...range }),
  z.object({ status: z.literal('gone') }),
]);

/**
 * Tutor reviews and the files that carry them. Paths come only from the host's own dialogs: the renderer
 * never sends one. Closing a dialog answers `{ saved: false }` / `{ imported: false }`, not an error; a
 * refused file answers `invalid-file` or `too-large` with a message naming the problem, and changes nothing.
 */
export const reviewChannels = {
  listReviews: defineChannel({
    channel: 'reviews:list',
    summary: 'List saved reviews, all of them or those of one attempt (reviewed there or carried to it).',
    request: z.object({ attemptId: idSchema.optional() }).strict(),
    response: z.object({
      reviews: z.array(reviewSchema),
      /** Repairs made while reading review files (a damaged file set aside and restored). */
      notices: z.array(noticeSchema),
    }),
  }),
  saveReview: defineChannel({
    channel: 'reviews:save',
    summary: 'Save a review (new or changed) of an attempt in the library.',
    request: z.object({ review: reviewSchema }).strict(),
    response: z.object({ savedAt: isoDateTime }),
  }),
  deleteReview: defineChannel({
    channel: 'reviews:delete',
    summary: 'Delete a review (a copy is kept in the backups folder).',
    request: z.object({ id: idSchema }).strict(),
    response: z.object({ deleted: z.literal(true) }),
  }),
  carryReview: defineChannel({
    channel: 'reviews:carry',
    summary:
      'Move a review’s comment threads onto another version of the attempt (a later copy or a retry), re-finding each quoted passage.',
    request: z.object({ reviewId: idSchema, attemptId: idSchema }).strict(),
    response: z.object({
      review: reviewSchema,
      placements: z.record(z.string(), commentPlacementSchema),
    }),
  }),
  exportReviewFile: defineChannel({
    channel: 'reviews:export',
    summary:
      'Ask where to save, then write the attempt and its reviews as a .casework share package for the trainee or tutor.',
    request: z.object({ attemptId: idSchema }).strict(),
    response: z.union([
      z.object({
        saved: z.literal(true),
        fileName: z.string(),
        bytes: z.number().int().min(1),
        reviews: z.number().int().min(0),
      }),
      z.object({ saved: z.literal(false) }),
    ]),
  }),
  exportAllWork: defineChannel({
    channel: 'reviews:export-all',
    summary:
      "Ask where to save, then write all of one's work (attempts with their reviews, imported copies, supervision records, tutors' templates and cases) in one file that imports on another computer.",
    request: z.object({}).strict(),
    response: z.union([
      z.object({
        saved: z.literal(true),
        fileName: z.string(),
        bytes: z.number().int().min(1),
        /** One's own attempts; the rest are counted by kind. */
        attempts: z.number().int().min(0),
        copies: z.number().int().min(0),
        templates: z.number().int().min(0),
        cases: z.number().int().min(0),
        supervision: z.number().int().min(0),
      }),
      z.object({ saved: z.literal(false) }),
    ]),
  }),
  importAllWork: defineChannel({
    channel: 'reviews:import-all',
    summary:
      'Ask for a file from "Export all my work", check all of it, then add each attempt, copy, template, case and supervision record not already here.',
    request: z.object({}).strict(),
    response: z.union([
      z.object({
        imported: z.literal(true),
        fileName: z.string(),
        added: z.number().int().min(0),
        alreadyHere: z.number().int().min(0),
        reviewsAdded: z.number().int().min(0),
        /** Tutors' copies of trainees' work, added as copies again. */
        copiesAdded: z.number().int().min(0),
        templatesAdded: z.number().int().min(0),
        casesAdded: z.number().int().min(0),
        supervisionAdded: z.number().int().min(0),
      }),
      z.object({ imported: z.literal(false) }),
    ]),
  }),
  importReviewFile: defineChannel({
    channel: 'reviews:import',
    summary:
      'Ask for a .casework file, check it, and bring in its attempt and reviews: feedback on work already here is attached to it; otherwise the attempt is saved as a new one beside existing work, never over it.',
    request: z
      .object({
        /**
         * A file the person dropped on the window, or one the operating system asked the app to open: the
         * name it showed and its bytes. Never a path: the host reads nothing but these bytes, with the same
         * checks as a file chosen in the dialog. Absent: the host asks with its open dialog.
         */
        given: z
          .object({
            displayName: z.string().trim().min(1).max(255),
            contentBase64: z.string().min(1).max(MAX_SHARE_BASE64_CHARS),
          })
          .strict()
          .optional(),
      })
      .strict(),
    response: z.union([
      z.object({
        imported: z.literal(true),
        /** The attempt the reviews are attached to: an existing one with the same work, or the new copy. */
        attempt: attemptSchema,
        /** True when the attempt was saved as a new copy beside existing work. */
        newCopy: z.boolean(),
        /** The attempt in the file, when it differs from an earlier version here (feedback on old work). */
        supersedes: idSchema.nullable(),
        reviews: z.array(reviewSchema),
        reviewsAdded: z.number().int().min(0),
        reviewsUpdated: z.number().int().min(0),
        /** What the file added to reviews already here: replies, and comments newly marked addressed. */
        repliesAdded: z.number().int().min(0),
        addressedAdded: z.number().int().min(0),
        traineeName: z.string().nullable(),
        fileName: z.string(),
        /**
         * The tutor's case the file carried for its attempt, now kept here so the attempt opens with it.
         * `inLibrary` false: ask the person whether to add it to their library (`addCaseToLibrary`).
         * Absent when the attempt is on a built-in case or an own case.
         */
        carriedCase: caseAddedSchema.optional(),
      }),
      z.object({ imported: z.literal(false) }),
    ]),
  }),
  exportReviewPdf: defineChannel({
    channel: 'reviews:export-pdf',
    summary:
      'Ask where to save, then write a review as a PDF: the feedback summary, then the attempt with each comment beside the answer it is about.',
    request: z.object({ reviewId: idSchema }).strict(),
    response: pdfSavedResponseSchema,
  }),
  listImportedCopies: defineChannel({
    channel: 'reviews:imported-copies',
    summary:
      'List attempts brought in from share packages, with whose work they are and where they came from.',
    request: z.object({}).strict(),
    response: z.object({ copies: z.array(importedCopySchema) }),
  }),
  listReviewSummaries: defineChannel({
    channel: 'reviews:summaries',
    summary:
      'What the reviews of each attempt in the library come to (reviews, comments, reviewers, levels), from the index: no review file is read once the summaries are kept.',
    request: z.object({}).strict(),
    response: z.object({
      summaries: z.array(z.object({ attemptId: idSchema, summary: reviewSummarySchema })),
    }),
  }),
  listProgress: defineChannel({
    channel: 'reviews:progress',
    summary:
      'The progress screen’s data: every attempt’s index entry with its summary (time, status, quality questions, the tutors’ levels) and whose work it is, without opening attempt or review files once the summaries are kept.',
    request: z.object({}).strict(),
    response: z.object({
      attempts: z.array(
        z.object({
          entry: libraryEntrySchema.extend({ summary: attemptSummarySchema }),
          /** The name in the share package an imported copy came from; null for the trainee's own work. */
          traineeName: z.string().nullable(),
        }),
      ),
    }),
  }),
};
