import * as styleStackModule from 'pdfmake/js/StyleContextStack.js';
import { pdfmakeClass } from './pdfmake-class';

/**
 * pdfmake's style lookup, answering the same question without pushing, closures or Sets.
 *
 * pdfmake resolves each style property of each word, cell and node with the static
 * `StyleContextStack.getStyleProperty`: it pushes the item (and its named styles) onto the stack, walks the
 * stack from the top through a closure that makes a Set for every named style it visits, and pops again.
 * That is a few hundred thousand calls for a 36-page export, each allocating, and about 5% of its CPU time
 * (see docs/decisions/0007-pdf-export.md). This replacement walks the same entries in the same order (the
 * item's own value, its named styles from the last, then the stack from the top, then the default style),
 * follows `extends` the same way with the same guard against cycles, and reads nothing else: the answers are
 * the same, which `style-lookup.test.ts` checks against pdfmake's own on generated styles and stacks.
 */

/** The parts of pdfmake's StyleContextStack the lookup reads. */
interface StyleStack {
  styleDictionary: Record<string, unknown> | null | undefined;
  defaultStyle: Record<string, unknown> | null | undefined;
  styleOverrides: unknown[];
}

type GetStyleProperty = (item: unknown, stack: unknown, property: string, fallback: unknown) => unknown;

interface StyleStackClass {
  new (...args: never[]): StyleStack;
  getStyleProperty: GetStyleProperty;
}

const styleStackClass = pdfmakeClass<StyleStackClass>(styleStackModule);

/** pdfmake's `isValue`. */
const isValue = (value: unknown): boolean => value !== undefined && value !== null;

/** pdfmake's `isString`: a string primitive or a String object. */
const isString = (value: unknown): boolean => typeof value === 'string' || value instanceof String;

/**
 * A named style's value for the property, following `extends` from the last parent to the first. `visited`
 * holds the names seen from this one stack entry (pdfmake's Set, made afresh for each entry), and only those
 * that extend another: a name without `extends` gives the same answer however often it is met, so only the
 * ones that recurse need guarding against a ring.
 */
function fromNamedStyle(
  dictionary: Record<string, unknown>,
  name: unknown,
  property: string,
  visited: unknown[] | null,
): unknown {
  if (visited?.includes(name)) return undefined;
  const style = dictionary[name as string] as Record<string, unknown> | undefined;
  if (!style) return undefined;
  const own = style[property];
  if (isValue(own)) return own;
  const parents = style['extends'];
  if (!parents) return undefined;
  const seen = visited ?? [];
  seen.push(name);
  const list = Array.isArray(parents) ? (parents as unknown[]) : [parents];
  for (let index = list.length - 1; index >= 0; index -= 1) {
    const value = fromNamedStyle(dictionary, list[index], property, seen);
    if (isValue(value)) return value;
  }
  return undefined;
}

/** One stack entry's value: a style name is looked up in the dictionary, an object is read directly. */
function fromEntry(stack: StyleStack, entry: unknown, property: string): unknown {
  // pdfmake reads the dictionary without checking it is there, and so does this.
  if (isString(entry))
    return fromNamedStyle(stack.styleDictionary as Record<string, unknown>, entry, property, null);
  return (entry as Record<string, unknown>)[property];
}

/** The item's own named styles, as pdfmake's `autopush` would push them (none for text or a section). */
function namedStylesOf(item: unknown): unknown[] {
  if (isString(item)) return [];
  const node = item as Record<string, unknown>;
  if (typeof node['section'] !== 'undefined') return [];
  const style = node['style'];
  if (!style) return [];
  return Array.isArray(style) ? (style as unknown[]) : [style];
}

function lookUp(item: unknown, stack: StyleStack, property: string, fallback: unknown): unknown {
  const own = (item as Record<string, unknown>)[property];
  if (isValue(own)) return own;
  const named = namedStylesOf(item);
  for (let index = named.length - 1; index >= 0; index -= 1) {
    const value = fromEntry(stack, named[index], property);
    if (isValue(value)) return value;
  }
  const overrides = stack.styleOverrides;
  for (let index = overrides.length - 1; index >= 0; index -= 1) {
    const value = fromEntry(stack, overrides[index], property);
    if (isValue(value)) return value;
  }
  const value = stack.defaultStyle && stack.defaultStyle[property];
  return isValue(value) ? value : fallback;
}

let installed = false;
let enabled = true;
let answered = 0;

/** Installs the lookup once for the process; safe to call before every render. */
export function installStyleLookup(): void {
  if (installed || !styleStackClass || typeof styleStackClass.getStyleProperty !== 'function') return;
  installed = true;
  const original = styleStackClass.getStyleProperty;
  styleStackClass.getStyleProperty = function getStyleProperty(item, stack, property, fallback) {
    // Anything but pdfmake's own stack (or none at all) goes to pdfmake's lookup, which knows what to do.
    if (!enabled || !(stack instanceof styleStackClass) || !Array.isArray(stack.styleOverrides))
      return original.call(this, item, stack, property, fallback);
    answered += 1;
    return lookUp(item, stack, property, fallback);
  };
}

/** For tests: pdfmake's own lookup again. */
export function setStyleLookupEnabled(on: boolean): void {
  enabled = on;
}

/** How many lookups this module answered (tests check it moves, so a silent fallback is noticed). */
export function styleLookupCount(): number {
  return answered;
}
