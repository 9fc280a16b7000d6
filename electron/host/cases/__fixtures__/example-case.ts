import fs from 'node:fs';

/**
 * The complete example pack in docs/case-authoring.md (its one ```json block), as tutors are told to copy it,
 * so the host tests add exactly the case the guide shows.
 */
const guide = fs.readFileSync(new URL('../../../../docs/case-authoring.md', import.meta.url), 'utf8');
export const exampleCaseText = /```json\n([\s\S]*?)\n```/.exec(guide)![1]!;

/** The example pack's case, fresh each call so a test may change it. */
export const exampleCase = () => (JSON.parse(exampleCaseText) as { case: Record<string, unknown> }).case;
