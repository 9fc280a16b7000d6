import { z } from 'zod';

export type JsonPrimitive = string | number | boolean | null;
export type JsonValue = JsonPrimitive | JsonValue[] | { [key: string]: JsonValue };

export interface JsonLimits {
  maxDepth: number;
  maxStringLength: number;
  maxKeys: number;
}

export const defaultJsonLimits: JsonLimits = {
  maxDepth: 12,
  // A 20,000-word answer is about 130,000 characters; leave room without letting one field swallow memory.
  maxStringLength: 400_000,
  maxKeys: 50_000,
};

const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Checks a value is plain JSON within limits, iteratively so a hostile, deeply nested payload cannot
 * exhaust the stack. Returns a path and reason for the first problem, or null when the value is fine.
 */
export function findJsonProblem(value: unknown, limits: JsonLimits = defaultJsonLimits): string | null {
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value, path: '', depth: 0 }];
  let keysSeen = 0;
  while (stack.length > 0) {
    const current = stack.pop()!;
    const { path, depth } = current;
    const v = current.value;
    if (v === null || typeof v === 'boolean') continue;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return `${path || 'value'}: numbers must be finite`;
      continue;
    }
    if (typeof v === 'string') {
      if (v.length > limits.maxStringLength)
        return `${path || 'value'}: text is longer than ${limits.maxStringLength} characters`;
      continue;
    }
    if (depth >= limits.maxDepth)
      return `${path || 'value'}: nested more than ${limits.maxDepth} levels deep`;
    if (Array.isArray(v)) {
      keysSeen += v.length;
      if (keysSeen > limits.maxKeys) return `${path || 'value'}: too many entries`;
      v.forEach((child, index) => stack.push({ value: child, path: `${path}[${index}]`, depth: depth + 1 }));
      continue;
    }
    if (typeof v === 'object') {
      const proto = Object.getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== null) return `${path || 'value'}: not a plain object`;
      for (const key of Object.keys(v)) {
        if (forbiddenKeys.has(key)) return `${path ? path + '.' : ''}${key}: this key is not allowed`;
        keysSeen += 1;
        if (keysSeen > limits.maxKeys) return `${path || 'value'}: too many entries`;
        stack.push({
          value: (v as Record<string, unknown>)[key],
          path: path ? `${path}.${key}` : key,
          depth: depth + 1,
        });
      }
      continue;
    }
    return `${path || 'value'}: ${typeof v} is not allowed in saved data`;
  }
  return null;
}

/** A zod schema for any safe JSON value (answers, imported data) that never recurses on the input. */
export const safeJsonValue = z.custom<JsonValue>((value) => findJsonProblem(value) === null, {
  error: (issue) => findJsonProblem(issue.input) ?? 'not valid saved data',
});
