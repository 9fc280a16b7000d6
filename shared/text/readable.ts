/**
 * Text a person will read that someone else wrote (an imported file, a review, a tutor's template, an answer
 * shown to a tutor). Two kinds of character can make what is read differ from what was written: directional
 * formatting (overrides, embeddings, isolates and marks, which reorder text) and invisible characters (zero
 * width spaces and joiners, word joiners, soft hyphens, tag characters, which hide or split words). Names, ids
 * and titles holding one are refused on import; longer free text keeps them but shows each as a visible
 * marker such as `⟨U+202E⟩` wherever it is read. Emoji sequences (joined emoji, subdivision flags such as
 * Wales's) and the joiners that Arabic and Indic scripts need between letters are ordinary text, left alone.
 */

const names: ReadonlyArray<[from: number, to: number, name: string]> = [
  [0x061c, 0x061c, 'an Arabic letter mark'],
  [0x200e, 0x200e, 'a left-to-right mark'],
  [0x200f, 0x200f, 'a right-to-left mark'],
  [0x202a, 0x202a, 'a left-to-right embedding'],
  [0x202b, 0x202b, 'a right-to-left embedding'],
  [0x202c, 0x202c, 'an end of directional formatting'],
  [0x202d, 0x202d, 'a left-to-right override'],
  [0x202e, 0x202e, 'a right-to-left override'],
  [0x2066, 0x2069, 'a directional isolate'],
  [0x200b, 0x200b, 'a zero-width space'],
  [0x200c, 0x200c, 'a zero-width non-joiner'],
  [0x200d, 0x200d, 'a zero-width joiner'],
  [0x2060, 0x2060, 'a word joiner'],
  [0x2061, 0x2064, 'an invisible maths operator'],
  [0xfeff, 0xfeff, 'a zero-width no-break space'],
  [0x00ad, 0x00ad, 'a soft hyphen'],
  [0x180e, 0x180e, 'a Mongolian vowel separator'],
  [0xe0000, 0xe007f, 'a tag character'],
];

const hiddenClass =
  '\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\u200B-\\u200D\\u2060-\\u2064\\uFEFF\\u00AD\\u180E\\u{E0000}-\\u{E007F}';

// Scripts whose spelling uses the zero-width joiner and non-joiner between letters.
const joiningScripts = [
  'Arabic',
  'Syriac',
  'Devanagari',
  'Bengali',
  'Gurmukhi',
  'Gujarati',
  'Oriya',
  'Tamil',
  'Telugu',
  'Kannada',
  'Malayalam',
  'Sinhala',
]
  .map((script) => `\\p{Script=${script}}`)
  .join('');

const legitimate = [
  // A subdivision flag: black flag, tag letters, cancel tag (England, Scotland, Wales).
  '\\u{1F3F4}[\\u{E0020}-\\u{E007E}]+\\u{E007F}',
  // A joiner between two emoji (with an optional skin tone or emoji presentation selector before it).
  '\\p{Extended_Pictographic}[\\u{1F3FB}-\\u{1F3FF}\\uFE0F]?\\u200D(?=\\p{Extended_Pictographic})',
  // A joiner or non-joiner between letters of a script that spells with them.
  `(?<=[${joiningScripts}]\\p{M}*)[\\u200C\\u200D](?=\\p{L})`,
].join('|');

const scanner = () => new RegExp(`(?:${legitimate})|([${hiddenClass}])`, 'gu');
// Every pattern above needs one of the hidden class's characters, so text with none has nothing to find; most
// text has none, and the scanner's look-behinds over script properties are slow (a long PDF runs it on every
// answer).
const anyHidden = new RegExp(`[${hiddenClass}]`, 'u');

export interface UnreadableCharacter {
  /** Index in UTF-16 code units. */
  index: number;
  codePoint: number;
  /** In plain words, e.g. "a right-to-left override (U+202E)". */
  description: string;
}

/** `U+202E`. */
export function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** What a hidden character looks like once made visible: `⟨U+202E⟩`. */
export function visibleMarker(codePoint: number): string {
  return `⟨${codePointLabel(codePoint)}⟩`;
}

function describe(codePoint: number): string {
  const name = names.find(([from, to]) => codePoint >= from && codePoint <= to)?.[2] ?? 'a hidden character';
  return `${name} (${codePointLabel(codePoint)})`;
}

/** Every directional or invisible character in the text that is not part of ordinary writing. */
export function unreadableCharacters(text: string): UnreadableCharacter[] {
  const found: UnreadableCharacter[] = [];
  if (!anyHidden.test(text)) return found;
  for (const match of text.matchAll(scanner())) {
    if (match[1] === undefined) continue;
    const codePoint = match[1].codePointAt(0)!;
    found.push({ index: match.index, codePoint, description: describe(codePoint) });
  }
  return found;
}

export function firstUnreadable(text: string): UnreadableCharacter | null {
  return unreadableCharacters(text)[0] ?? null;
}

/** Display text: each directional or invisible character replaced by its visible marker. */
export function showHidden(text: string): string {
  if (!anyHidden.test(text)) return text;
  return text.replace(scanner(), (whole, hidden: string | undefined) =>
    hidden === undefined ? whole : visibleMarker(hidden.codePointAt(0)!),
  );
}

/**
 * The text cut into runs for a screen that must keep the original characters (so offsets into the answer still
 * line up): ordinary runs, and single hidden characters with the marker to draw in their place.
 */
export interface ReadableRun {
  text: string;
  /** For a hidden character: the marker to draw and what it is, in plain words. */
  marker?: string;
  description?: string;
}

export function readableRuns(text: string): ReadableRun[] {
  const runs: ReadableRun[] = [];
  let last = 0;
  for (const found of unreadableCharacters(text)) {
    if (found.index > last) runs.push({ text: text.slice(last, found.index) });
    const width = found.codePoint > 0xffff ? 2 : 1;
    runs.push({
      text: text.slice(found.index, found.index + width),
      marker: visibleMarker(found.codePoint),
      description: found.description,
    });
    last = found.index + width;
  }
  if (last < text.length || runs.length === 0) runs.push({ text: text.slice(last) });
  return runs;
}

/**
 * Fields that name or identify something (ids, names, titles, labels, authors): a person reads them out of
 * context, where a hidden character cannot be noticed, so they are refused rather than shown marked.
 */
export function isIdentifyingKey(key: string): boolean {
  return /^(id|name|title|label|author|by|reviewer|owner|participants)$|(Id|Ids|Name|Title)$/.test(key);
}

/**
 * The first place in parsed JSON where a hidden character is refused: in any key, and in any string under a
 * key `refuseIn` accepts (by default, identifying keys; an array takes its parent's key). Iterative, so a
 * hostile structure cannot exhaust the stack.
 */
export function findUnreadableIn(
  value: unknown,
  root: string,
  refuseIn: (key: string) => boolean = isIdentifyingKey,
): { path: string; description: string } | null {
  const stack: Array<{ value: unknown; path: string; key: string }> = [{ value, path: root, key: '' }];
  while (stack.length > 0) {
    const current = stack.pop()!;
    const v = current.value;
    if (typeof v === 'string') {
      if (!refuseIn(current.key)) continue;
      const found = firstUnreadable(v);
      if (found) return { path: current.path || 'the top level', description: found.description };
    } else if (Array.isArray(v)) {
      v.forEach((child, index) =>
        stack.push({ value: child, path: `${current.path}[${index}]`, key: current.key }),
      );
    } else if (v !== null && typeof v === 'object') {
      for (const [key, child] of Object.entries(v)) {
        const found = firstUnreadable(key);
        if (found)
          return { path: `a name inside ${current.path || 'the top level'}`, description: found.description };
        stack.push({ value: child, path: current.path ? `${current.path}.${key}` : key, key });
      }
    }
  }
  return null;
}
