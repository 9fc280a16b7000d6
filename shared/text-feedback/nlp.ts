import winkNLP, { type ItemSentence, type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * The one place the app's text analysis touches the NLP library (decision 0022): wink-nlp with its
 * English "lite web" model gives tokens, sentence breaks, stems and a negation flag per token, offline
 * and the same every time. Everything else in text-feedback works on the plain shapes below, so the
 * library could be swapped without touching the checks.
 */

export interface Token {
  /** Lower case, as written (apostrophes normalised by the library). */
  normal: string;
  /** Porter stem of `normal`: "drinking", "drinks" and "drink" share one. */
  stem: string;
  /** Inside the scope of a negation ("did not hit her": hit and her). */
  negated: boolean;
  kind: 'word' | 'number' | 'other';
}

export interface Sentence {
  text: string;
  tokens: Token[];
}

export interface AnalysedText {
  sentences: Sentence[];
  /** Number of word tokens. */
  words: number;
}

type Nlp = ReturnType<typeof winkNLP>;
// The library's typings declare `its.stem` with the model's add-ons as a third parameter that `out` never
// types; at run time `out(its.stem)` is its documented use.
const stemIts = (nlpEngine: Nlp) => nlpEngine.its.stem as unknown as ItsFunction<string>;
let nlp: Nlp | null = null;
// Loading the model costs far more than reading a paragraph, so it happens once, on first use.
function engine(): Nlp {
  nlp ??= winkNLP(model, ['sbd', 'negation']);
  return nlp;
}

/*
 * Stemming every token is the slow part of a long attempt; an attempt repeats a few thousand distinct
 * words, so each is stemmed once and kept (the stem of a word never changes, so the cache cannot be stale).
 */
const stems = new Map<string, string>();
const MAX_STEMS = 50_000;

function fillStems(normals: Iterable<string>): void {
  const missing = [...new Set(normals)].filter((word) => !stems.has(word));
  if (missing.length === 0) return;
  const { its } = engine();
  if (stems.size + missing.length > MAX_STEMS) stems.clear();
  const doc = engine().readDoc(missing.join(' \n '));
  const out = doc.tokens().out(stemIts(engine())) as string[];
  const normalsBack = doc.tokens().out(its.normal) as string[];
  if (out.length === missing.length && normalsBack.every((n, i) => n === missing[i])) {
    missing.forEach((word, i) => stems.set(word, out[i] ?? word));
    return;
  }
  // A word the tokenizer splits again (rare: it came from this same tokenizer) is stemmed on its own.
  for (const word of missing) {
    const single = engine().readDoc(word).tokens().out(stemIts(engine())) as string[];
    stems.set(word, single.length === 1 ? (single[0] ?? word) : word);
  }
}

export function stemOf(word: string): string {
  const normal = word.toLowerCase();
  fillStems([normal]);
  return stems.get(normal) ?? normal;
}

/*
 * Re-running the analysis after a pause re-reads only the answers that changed: the last few hundred
 * texts are kept by their exact content.
 */
const analysed = new Map<string, AnalysedText>();
const MAX_TEXTS = 600;

export function analyseText(text: string): AnalysedText {
  const known = analysed.get(text);
  if (known) return known;
  const { its } = engine();
  const doc = engine().readDoc(text);
  const sentences: { text: string; normals: string[]; negated: boolean[]; types: string[] }[] = [];
  doc.sentences().each((sentence: ItemSentence) => {
    const tokens = sentence.tokens();
    sentences.push({
      text: sentence.out(),
      normals: tokens.out(its.normal) as string[],
      negated: tokens.out(its.negationFlag) as unknown as boolean[],
      types: tokens.out(its.type) as string[],
    });
  });
  fillStems(sentences.flatMap((s) => s.normals));
  let words = 0;
  const result: AnalysedText = {
    sentences: sentences.map((s) => ({
      text: s.text,
      tokens: s.normals.map((normal, i) => {
        const type = s.types[i];
        const kind = type === 'word' ? 'word' : type === 'number' ? 'number' : 'other';
        if (kind === 'word') words += 1;
        return { normal, stem: stems.get(normal) ?? normal, negated: s.negated[i] === true, kind };
      }),
    })),
    words,
  };
  if (analysed.size >= MAX_TEXTS) analysed.clear();
  analysed.set(text, result);
  return result;
}

/** The stems of a short phrase, as the analysis would see it in a sentence ("call-outs" -> call, out). */
export function phraseStems(phrase: string): string[] {
  return analyseText(phrase)
    .sentences.flatMap((s) => s.tokens)
    .filter((t) => t.kind !== 'other')
    .map((t) => t.stem);
}
