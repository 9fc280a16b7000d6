import { z } from 'zod';
import { caseSchema, caseThemes, difficulties } from '../../cases/schema';
import { authoredIdSchema } from '../../model/attempt';
import { isoDateTime } from '../../model/ids';
import { noticeSchema } from '../../model/notices';
import { defineChannel } from '../define';

/** Where a version of a case came from. */
export const caseOrigins = ['builtin', 'editor', 'import', 'share'] as const;
export type CaseOrigin = (typeof caseOrigins)[number];

/** One version of a case as the app keeps it. */
export const caseVersionInfoSchema = z.object({
  version: z.number().int().min(1),
  origin: z.enum(caseOrigins),
  /** When it was saved or added here; null for a built-in (it comes with the app). */
  savedAt: isoDateTime.nullable(),
  /** The file it was read from (an import or a share package), as shown to the person; never a path. */
  fileName: z.string().max(255).nullable(),
});
export type CaseVersionInfo = z.infer<typeof caseVersionInfoSchema>;

/** What the case lists show of a case (the newest version): no document bodies, no tutor notes. */
export const caseListEntrySchema = z.object({
  caseId: authoredIdSchema,
  source: z.enum(['builtin', 'tutor']),
  /**
   * False for a case that arrived inside a share package and was not added to the library: it opens the
   * attempt it came with, but is not offered for new attempts until the person adds it (`addCaseToLibrary`).
   */
  inLibrary: z.boolean(),
  latestVersion: z.number().int().min(1),
  /** Every version kept, oldest first. */
  versions: z.array(caseVersionInfoSchema).min(1),
  title: z.string(),
  summary: z.string(),
  themes: z.array(z.enum(Object.keys(caseThemes) as [keyof typeof caseThemes])),
  difficulty: z.enum(difficulties),
  estimatedMinutes: z.number().int(),
  personName: z.string(),
  templateSet: z.array(z.string()),
  documentCount: z.number().int().min(1),
});
export type CaseListEntry = z.infer<typeof caseListEntrySchema>;

/** What an import or a share package's case did to the library. */
export const caseAddedSchema = z.object({
  caseId: authoredIdSchema,
  version: z.number().int().min(1),
  title: z.string(),
  /** The newest version held before this one, or null when the case is new here. */
  previousVersion: z.number().int().min(1).nullable(),
  /** True when this exact version was already here, so nothing changed. */
  unchanged: z.boolean(),
  inLibrary: z.boolean(),
});
export type CaseAdded = z.infer<typeof caseAddedSchema>;

/**
 * Cases as data (docs/case-authoring.md, docs/decisions/0016-case-packs.md): the built-ins and tutors'
 * cases, every version of each. Files come only from the host's own dialogs; the renderer never sends a
 * path. A case that fails the checks is refused with `invalid-file` (a pack) or `invalid-request` (an editor
 * save), or `too-large`, with a message whose lines after the first are `path: problem`; nothing is stored.
 */
export const caseChannels = {
  listCases: defineChannel({
    channel: 'cases:list',
    summary:
      'List every case: the built-ins and tutors’ cases (with cases carried by share packages, marked not in the library), each with its versions.',
    request: z.object({}).strict(),
    response: z.object({
      cases: z.array(caseListEntrySchema),
      /** Repairs made while reading case files (a damaged file set aside and restored). */
      notices: z.array(noticeSchema),
    }),
  }),
  getCase: defineChannel({
    channel: 'cases:get',
    summary:
      'One case in full, at a version (an attempt opens with the version it recorded) or the newest when none is given.',
    request: z.object({ caseId: authoredIdSchema, version: z.number().int().min(1).optional() }).strict(),
    response: z.object({
      practiceCase: caseSchema,
      source: z.enum(['builtin', 'tutor']),
      inLibrary: z.boolean(),
    }),
  }),
  saveCase: defineChannel({
    channel: 'cases:save',
    summary:
      'Check and keep a case from the editor as a new version (the newest version plus one when it differs; unchanged when it does not). Built-in ids are refused.',
    request: z
      .object({
        /** Checked by the host with `parseCase`, so every problem is reported with its path. */
        practiceCase: z.unknown(),
      })
      .strict(),
    response: z.object({
      caseId: authoredIdSchema,
      version: z.number().int().min(1),
      previousVersion: z.number().int().min(1).nullable(),
      unchanged: z.boolean(),
      /** The case as kept (its `version` set by the host). */
      practiceCase: caseSchema,
    }),
  }),
  exportCase: defineChannel({
    channel: 'cases:export',
    summary:
      'Ask where to save, then write one version of a case (the newest by default) as a .caseworkcase pack.',
    request: z.object({ caseId: authoredIdSchema, version: z.number().int().min(1).optional() }).strict(),
    response: z.union([
      z.object({ saved: z.literal(true), fileName: z.string(), bytes: z.number().int().min(1) }),
      z.object({ saved: z.literal(false) }),
    ]),
  }),
  importCase: defineChannel({
    channel: 'cases:import',
    summary:
      'Ask for a .caseworkcase pack, check it against the format and the templates here, and keep it: a new case is added, a higher version is kept beside the older ones.',
    request: z.object({}).strict(),
    response: z.union([
      caseAddedSchema.extend({ imported: z.literal(true), fileName: z.string() }),
      z.object({ imported: z.literal(false) }),
    ]),
  }),
  addCaseToLibrary: defineChannel({
    channel: 'cases:add-to-library',
    summary:
      'Offer a case that arrived with a share package for new attempts too (the person chose to add it to their library).',
    request: z.object({ caseId: authoredIdSchema }).strict(),
    response: z.object({ caseId: authoredIdSchema, inLibrary: z.literal(true) }),
  }),
};
