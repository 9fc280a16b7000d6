import path from 'node:path';

/**
 * Where code may reach, decided by where an import lands rather than by how its path is spelt, so a relative
 * path climbing any number of folders is judged the same as its alias.
 *
 * - shared/ is pure and reaches only shared/;
 * - renderer/ reaches renderer/ and shared/;
 * - electron/host/ reaches the host and shared/;
 * - the rest of electron/ (the shell) reaches the shell, the host and shared/;
 * - tests, e2e/, bench/ and scripts/ may reach anything.
 *
 * An import that leaves its own area must use the area's alias (`@shared/`, `@renderer/`, `@host/`).
 */
const ALIASES = [
  ['@shared/', 'shared/'],
  ['@renderer/', 'renderer/'],
  ['@host/', 'electron/host/'],
];
// The repository's own top-level files (package.json for the app's version) count as an area of their own.
const ROOT_FILES = 'the repository root';
const AREAS = ['shared/', 'renderer/', 'electron/host/', 'electron/'];
const MAY_REACH = {
  'shared/': ['shared/'],
  'renderer/': ['renderer/', 'shared/'],
  'electron/host/': ['electron/host/', 'shared/', ROOT_FILES],
  'electron/': ['electron/', 'electron/host/', 'shared/', ROOT_FILES],
};
const ALIAS_OF = { 'shared/': '@shared/', 'renderer/': '@renderer/', 'electron/host/': '@host/' };

const areaOf = (repoPath) =>
  AREAS.find((area) => repoPath.startsWith(area)) ?? (repoPath.includes('/') ? undefined : ROOT_FILES);
/** Tests, their fixtures and build configs run in Node beside the product and may reach any area. */
const isTooling = (repoPath) =>
  /\.test\.tsx?$/.test(repoPath) || repoPath.includes('/__fixtures__/') || /\.config\.ts$/.test(repoPath);

/** The repository-relative path an import lands on, or null for a package. */
function landing(specifier, fromFile, root) {
  for (const [alias, folder] of ALIASES) {
    if (specifier.startsWith(alias)) return folder + specifier.slice(alias.length);
  }
  if (!specifier.startsWith('.')) return null;
  const absolute = path.resolve(path.dirname(fromFile), specifier);
  return path.relative(root, absolute).split(path.sep).join('/');
}

export const boundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep each area to the code it may run with, and cross areas by alias' },
    schema: [],
    messages: {
      forbidden: "{{from}} code may not import from {{to}} ('{{specifier}}').",
      useAlias: "Import from {{to}} through its alias: '{{alias}}' instead of '{{specifier}}'.",
      outside: "'{{specifier}}' climbs out of the repository.",
    },
  },
  create(context) {
    const root = context.cwd;
    const file = path.relative(root, context.filename).split(path.sep).join('/');
    const fromArea = file.includes('/') ? areaOf(file) : undefined;
    function check(node) {
      const specifier = node?.value;
      if (typeof specifier !== 'string') return;
      const target = landing(specifier, context.filename, root);
      if (target === null) return;
      if (target.startsWith('../')) {
        context.report({ node, messageId: 'outside', data: { specifier } });
        return;
      }
      const toArea = areaOf(target);
      if (fromArea && !isTooling(file) && !MAY_REACH[fromArea].includes(toArea ?? '')) {
        context.report({
          node,
          messageId: 'forbidden',
          data: { from: fromArea, to: toArea ?? target.split('/')[0] + '/', specifier },
        });
        return;
      }
      // Build configs are loaded before the aliases they set up exist, so they alone keep relative paths.
      const isConfig = /\.config\.ts$/.test(file);
      if (!isConfig && specifier.startsWith('.') && toArea && toArea !== fromArea && ALIAS_OF[toArea]) {
        const alias = ALIAS_OF[toArea] + target.slice(toArea.length);
        context.report({ node, messageId: 'useAlias', data: { to: toArea, alias, specifier } });
      }
    }
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

export default { rules: { boundaries } };
