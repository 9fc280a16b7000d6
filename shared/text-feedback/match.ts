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

export function wordsOf(sentence: Sentence): Token[] {
  return sentence.tokens.filter((t) => t.kind !== 'other');
}

/** Index of the first token of `phrase` in `tokens`, or -1. `plain` also accepts the written form. */
export function findPhrase(tokens: readonly Token[], phrase: Phrase, from = 0): number {
  outer: for (let i = from; i + phrase.length <= tokens.length; i += 1) {
    for (let j = 0; j < phrase.length; j += 1) {
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
    let at = findPhrase(tokens, phrase);
    while (at >= 0) {
      const span = tokens.slice(at, at + phrase.length);
      hits.push({
        at,
        length: phrase.length,
        negated: span.some((t) => t.negated) || precededByDenial(tokens, at),
      });
      at = findPhrase(tokens, phrase, at + 1);
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
