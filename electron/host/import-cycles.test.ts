import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const hostDir = path.dirname(fileURLToPath(import.meta.url));

/** Every relative or `@host/` import (type-only ones too) of every module under `dir`, keyed by absolute path. */
function importGraph(dir: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const sources = fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name) && !name.endsWith('.d.ts'))
    .map((name) => path.join(dir, name));
  const pattern = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"](\.[^'"]+|@host\/[^'"]+)['"]/g;
  for (const file of sources) {
    const text = fs.readFileSync(file, 'utf8');
    const targets: string[] = [];
    for (const match of text.matchAll(pattern)) {
      const specifier = match[1]!;
      const base = specifier.startsWith('@host/')
        ? path.join(hostDir, specifier.slice('@host/'.length))
        : path.resolve(path.dirname(file), specifier);
      const found = [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), base].find(
        (candidate) =>
          candidate.startsWith(dir) && fs.existsSync(candidate) && fs.statSync(candidate).isFile(),
      );
      if (found) targets.push(found);
    }
    graph.set(file, targets);
  }
  return graph;
}

/** The cycles found by a depth-first walk, each as the list of files from its start back to it. */
function cyclesIn(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const visit = (file: string): void => {
    if (done.has(file)) return;
    if (onStack.has(file)) {
      cycles.push([...stack.slice(stack.indexOf(file)), file]);
      return;
    }
    onStack.add(file);
    stack.push(file);
    for (const next of graph.get(file) ?? []) visit(next);
    stack.pop();
    onStack.delete(file);
    done.add(file);
  };
  for (const file of graph.keys()) visit(file);
  return cycles;
}

describe('host modules', () => {
  it('import one another without cycles, type-only imports included', () => {
    const cycles = cyclesIn(importGraph(hostDir)).map((cycle) =>
      cycle.map((file) => path.relative(hostDir, file)).join(' -> '),
    );
    expect(cycles).toEqual([]);
  });

  it('the check can fail: it finds a cycle between two modules that import each other', () => {
    const graph = new Map([
      ['/a.ts', ['/b.ts']],
      ['/b.ts', ['/a.ts']],
    ]);
    expect(cyclesIn(graph)).toEqual([['/a.ts', '/b.ts', '/a.ts']]);
  });
});
