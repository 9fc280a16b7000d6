/**
 * The class one of pdfmake's internal modules exports. Node's ESM loader gives the CommonJS exports object
 * (the class under `default`); bundlers may give the class itself under `default`. Undefined when neither
 * holds one, so a changed pdfmake leaves the caller's patch uninstalled rather than failing.
 */
export function pdfmakeClass<T extends object>(module: unknown): T | undefined {
  const shape = module as { default?: { prototype?: unknown; default?: { prototype?: unknown } } };
  const found = shape.default?.prototype ? shape.default : shape.default?.default;
  return found?.prototype ? (found as T) : undefined;
}
