import { readFileSync } from 'node:fs';

/**
 * The complete example in docs/template-authoring.md, read the way `shared/templates/authoring-doc.test.ts`
 * reads it (the one ```json block), so the host tests and the Playwright journey import exactly what tutors
 * are told to copy. Test support only: the app never reads the guide.
 */
export const authoringGuidePath = new URL('../../../docs/template-authoring.md', import.meta.url);

export function authoringGuideExample(): string {
  const guide = readFileSync(authoringGuidePath, 'utf8');
  const blocks = [...guide.matchAll(/```json\n([\s\S]*?)\n```/g)].map((match) => match[1]!);
  if (blocks.length !== 1) throw new Error(`Expected one json example in the guide, found ${blocks.length}`);
  return blocks[0]!;
}

/** The guide's example with the misspelt grid id the guide describes, and the error line it quotes. */
export function authoringGuideBrokenExample(): { json: string; quotedError: string } {
  const guide = readFileSync(authoringGuidePath, 'utf8');
  const quotedError = /```text\n([\s\S]*?)\n```/.exec(guide)?.[1];
  if (!quotedError) throw new Error('The guide quotes no error');
  const example = authoringGuideExample();
  const json = example.replace(
    '"var": "answers.home-visit-plan.visit-risk" }, ["low"',
    '"var": "answers.home-visit-plan.visit-risks" }, ["low"',
  );
  if (json === example) throw new Error('The guide example no longer reads visit-risk as described');
  return { json, quotedError };
}
