import { z } from 'zod';
import { isoDateTime } from '../../model/ids';
import { noticeSchema } from '../../model/notices';
import { localIdSchema } from '../../templates/logic-schema';
import { templateSchema } from '../../templates/schema';
import { defineChannel } from '../define';

/** The largest template file the app reads: the biggest built-in is well under a tenth of this. */
export const MAX_TEMPLATE_FILE_BYTES = 2 * 1024 * 1024;

/** One version of a tutor's template as the app keeps it: the checked definition and where it came from. */
export const customTemplateVersionSchema = z.object({
  version: z.number().int().min(1),
  importedAt: isoDateTime,
  /** The name of the file it was read from, as shown to the person (never a path). */
  fileName: z.string().max(255),
  template: templateSchema,
});
export type CustomTemplateVersion = z.infer<typeof customTemplateVersionSchema>;

/**
 * A tutor's template with every version ever added, oldest first. Old versions are kept so an attempt
 * written against one always opens and exports with the questions it was answered against.
 */
export const customTemplateSchema = z.object({
  templateId: localIdSchema,
  versions: z.array(customTemplateVersionSchema).min(1),
});
export type CustomTemplate = z.infer<typeof customTemplateSchema>;

/**
 * Templates tutors write themselves (docs/template-authoring.md). The file comes only from the host's own
 * open dialog: the renderer never sends a path. A template that fails the checks is refused with
 * `invalid-file` and a message whose lines after the first are `path: problem`; nothing is stored.
 */
export const templateChannels = {
  listTemplates: defineChannel({
    channel: 'templates:list',
    summary: 'List the templates tutors have added, every version of each (the built-ins are in the app).',
    request: z.object({}).strict(),
    response: z.object({
      templates: z.array(customTemplateSchema),
      /** Repairs made while reading template files (a damaged file set aside and restored). */
      notices: z.array(noticeSchema),
    }),
  }),
  importTemplate: defineChannel({
    channel: 'templates:import',
    summary:
      'Ask for a template file (.json), check it against the format and the other templates, and keep it: a new id is added, a higher version of a tutor’s template is kept beside the older ones.',
    request: z.object({}).strict(),
    response: z.union([
      z.object({
        imported: z.literal(true),
        templateId: localIdSchema,
        version: z.number().int().min(1),
        title: z.string(),
        /** The newest version held before this one, or null when the template is new. */
        previousVersion: z.number().int().min(1).nullable(),
        /** True when this exact version was already held, so nothing changed. */
        unchanged: z.boolean(),
        fileName: z.string(),
      }),
      z.object({ imported: z.literal(false) }),
    ]),
  }),
  deleteTemplate: defineChannel({
    channel: 'templates:delete',
    summary:
      'Remove a tutor’s template and all its versions (a copy is kept in the backups folder). Refused while any attempt uses it.',
    request: z.object({ templateId: localIdSchema }).strict(),
    response: z.object({ deleted: z.literal(true) }),
  }),
};
