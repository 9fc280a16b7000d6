import { phraseStems, type Sentence, type Token } from './nlp';

/**
 * Phrases matched by stem, so a cue list names each idea once ("drink" finds drinking, drinks, drank is
 * listed beside it). A phrase is a run of stems that must appear next to each other in one sentence,
 * punctuation ignored. Written lists are compiled on first use, because stemming needs the model loaded.
 */
export type Phrase = readonly string[];

export class CueList {
  private compiled: Phrase[] | null = null;
  constructor(private readonly phrases: readonly string[]) {}
  get list(): Phrase[] {
    this.compiled ??= this.phrases.map(phraseStems).filter((p) => p.length > 0);
    return this.compiled;
  }
}

const words = new WeakMap<Sentence, { tokens: Token[]; at: Map<string, number[]> }>();

/*
 * Each sentence's words are indexed by stem and by written form once, so looking for a phrase costs a
 * lookup of its first word rather than a walk over the sentence (a long attempt is read against a few
 * hundred cue phrases).
 */
function indexed(sentence: Sentence): { tokens: Token[]; at: Map<string, number[]> } {
  let entry = words.get(sentence);
  if (!entry) {
    const tokens = sentence.tokens.filter((t) => t.kind !== 'other');
    const at = new Map<string, number[]>();
    tokens.forEach((token, i) => {
      for (const key of token.stem === token.normal ? [token.stem] : [token.stem, token.normal]) {
        const list = at.get(key);
        if (list) list.push(i);
        else at.set(key, [i]);
      }
    });
    entry = { tokens, at };
    words.set(sentence, entry);
  }
  return entry;
}

export function wordsOf(sentence: Sentence): Token[] {
  return indexed(sentence).tokens;
}

/** Index of the first token of `phrase` in the sentence's words, or -1. The written form also matches. */
export function findPhrase(sentence: Sentence, phrase: Phrase, from = 0): number {
  const { tokens, at } = indexed(sentence);
  const first = phrase[0];
  if (first === undefined) return -1;
  outer: for (const i of at.get(first) ?? []) {
    if (i < from || i + phrase.length > tokens.length) continue;
    for (let j = 1; j < phrase.length; j += 1) {
      const token = tokens[i + j];
      if (!token || (token.stem !== phrase[j] && token.normal !== phrase[j])) continue outer;
    }
    return i;
  }
  return -1;
}

export interface CueHit {
  at: number;
  length: number;
  negated: boolean;
}

/** Every place any of the phrases appears, with whether the library put it inside a negation. */
export function cueHits(sentence: Sentence, cues: CueList): CueHit[] {
  const tokens = wordsOf(sentence);
  const hits: CueHit[] = [];
  for (const phrase of cues.list) {
    let at = findPhrase(sentence, phrase);
    while (at >= 0) {
      const span = tokens.slice(at, at + phrase.length);
      hits.push({
        at,
        length: phrase.length,
        negated: span.some((t) => t.negated) || precededByDenial(tokens, at),
      });
      at = findPhrase(sentence, phrase, at + 1);
    }
  }
  return hits;
}

// "no", "without" and "never" open a negation the library does not always mark ("no evidence of drug use").
const denials = new Set([
  'no',
  'not',
  'never',
  'without',
  'nor',
  'neither',
  'none',
  'denies',
  'deny',
  'denied',
]);
function precededByDenial(tokens: readonly Token[], at: number): boolean {
  for (let i = Math.max(0, at - 3); i < at; i += 1) {
    const token = tokens[i];
    if (token && denials.has(token.normal)) return true;
  }
  return false;
}

export function hasCue(sentence: Sentence, cues: CueList, { allowNegated = false } = {}): boolean {
  return cueHits(sentence, cues).some((hit) => allowNegated || !hit.negated);
}
