import { describe, expect, it } from 'vitest';
import { anchorComment, reanchor, resolveAnchor } from './anchors';

const answer =
  'Mr Tarrant says the argument was about money. The police log records two call-outs to the flat in Ashcombe. ' +
  'He says he has never hit his partner. The log says she had a cut lip on the second visit.';

function anchorOn(text: string, passage: string, occurrence = 0) {
  let at = -1;
  for (let n = 0; n <= occurrence; n += 1) at = text.indexOf(passage, at + 1);
  if (at < 0) throw new Error(`test set-up: '${passage}' not in text`);
  const anchor = anchorComment(text, { start: at, end: at + passage.length });
  if (!anchor) throw new Error('test set-up: no anchor');
  return anchor;
}

function highlighted(text: string, resolution: ReturnType<typeof resolveAnchor>): string | null {
  return resolution.status === 'gone' ? null : text.slice(resolution.start, resolution.end);
}

describe('anchorComment', () => {
  it('keeps the words, some text either side and where they started', () => {
    const anchor = anchorOn(answer, 'two call-outs');
    expect(anchor.quote).toBe('two call-outs');
    expect(answer.slice(anchor.startHint, anchor.startHint + anchor.quote.length)).toBe('two call-outs');
    expect(answer.endsWith(anchor.prefix, anchor.startHint)).toBe(true);
    expect(anchor.prefix.length).toBe(32);
    expect(answer.startsWith(anchor.suffix, anchor.startHint + anchor.quote.length)).toBe(true);
  });

  it('drops spaces caught at the edges of a selection and refuses an empty one', () => {
    const at = answer.indexOf(' never hit ');
    const anchor = anchorComment(answer, { start: at, end: at + ' never hit '.length });
    expect(anchor?.quote).toBe('never hit');
    expect(anchorComment(answer, { start: 5, end: 5 })).toBeNull();
    expect(anchorComment('a   b', { start: 1, end: 4 })).toBeNull();
  });

  it('accepts a selection made backwards and clamps one that runs past the end', () => {
    const anchor = anchorComment('short answer', { start: 12, end: 6 });
    expect(anchor?.quote).toBe('answer');
    expect(anchorComment('short answer', { start: 6, end: 999 })?.quote).toBe('answer');
  });
});

describe('resolveAnchor', () => {
  it('finds the passage where it was in an unchanged answer', () => {
    const anchor = anchorOn(answer, 'cut lip');
    const resolved = resolveAnchor(answer, anchor);
    expect(resolved).toEqual({ status: 'found', start: anchor.startHint, end: anchor.startHint + 7 });
  });

  it('survives text added before the passage', () => {
    const anchor = anchorOn(answer, 'never hit his partner');
    const edited = 'Summary written after the second interview. ' + answer;
    const resolved = resolveAnchor(edited, anchor);
    expect(resolved.status).toBe('found');
    expect(highlighted(edited, resolved)).toBe('never hit his partner');
    if (resolved.status !== 'gone') expect(resolved.start).toBe(anchor.startHint + 44);
  });

  it('survives text removed before the passage and text added after it', () => {
    const anchor = anchorOn(answer, 'cut lip');
    const edited =
      answer.replace('Mr Tarrant says the argument was about money. ', '') + ' I need to ask about this.';
    expect(highlighted(edited, resolveAnchor(edited, anchor))).toBe('cut lip');
    expect(resolveAnchor(edited, anchor).status).toBe('found');
  });

  it('picks the repeat whose surroundings match, not the first or the nearest', () => {
    const text = 'He said sorry to the officer. Later, to his sister, he said sorry again.';
    const anchor = anchorOn(text, 'said sorry', 1);
    // A long insertion at the start pushes the first repeat close to the old offset of the second.
    const edited = 'X'.repeat(anchor.startHint - 3) + ' ' + text;
    const resolved = resolveAnchor(edited, anchor);
    expect(resolved.status).toBe('found');
    if (resolved.status !== 'gone')
      expect(edited.slice(resolved.start - 11, resolved.start)).toBe('sister, he ');
  });

  it('uses the old offset to choose between repeats when the context cannot', () => {
    const text = 'no no no no';
    const anchor = anchorOn(text, 'no', 2);
    const resolved = resolveAnchor(text, anchor);
    expect(resolved).toMatchObject({ status: 'found', start: 6 });
  });

  it('says moved when the words are there but their surroundings were rewritten', () => {
    const anchor = anchorOn(answer, 'two call-outs to the flat');
    const edited =
      'I read the records first. Police attended two call-outs to the flat, according to the log from the area team.';
    const resolved = resolveAnchor(edited, anchor);
    expect(resolved.status).toBe('moved');
    expect(highlighted(edited, resolved)).toBe('two call-outs to the flat');
  });

  it('says gone when the words themselves were changed', () => {
    const anchor = anchorOn(answer, 'never hit his partner');
    const edited = answer.replace('never hit his partner', 'only pushed his partner once');
    expect(resolveAnchor(edited, anchor)).toEqual({ status: 'gone' });
    expect(resolveAnchor('', anchor)).toEqual({ status: 'gone' });
  });

  it('ignores reflowed whitespace and curly quotes, mapping back to the real text', () => {
    const text = 'She told me "it was nothing" and left. I did not ask more.';
    const anchor = anchorOn(text, '"it was nothing" and left');
    const edited = 'She told me \u201Cit was nothing\u201D and\n   left. I did not ask more.';
    const resolved = resolveAnchor(edited, anchor);
    expect(resolved.status).toBe('found');
    expect(highlighted(edited, resolved)).toBe('\u201Cit was nothing\u201D and\n   left');
  });
});

describe('reanchor', () => {
  it('measures the next edit from the passage as it is now', () => {
    const anchor = anchorOn(answer, 'cut lip');
    const first = 'New opening paragraph.\n\n' + answer;
    const moved = reanchor(first, anchor);
    expect(moved.startHint).toBe(anchor.startHint + 24);
    expect(first.slice(moved.startHint, moved.startHint + 7)).toBe('cut lip');
  });

  it('keeps the old anchor, quote included, when the passage is gone', () => {
    const anchor = anchorOn(answer, 'cut lip');
    expect(reanchor('Completely rewritten.', anchor)).toEqual(anchor);
  });
});
