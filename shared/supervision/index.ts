/**
 * Reflective supervision records: `schema.ts` (the record, `reflectiveModels` with their stages,
 * action outcomes) and `record.ts` (pure edits, follow-up of the previous session's actions, summaries).
 */
export * from './schema';
export * from './record';
