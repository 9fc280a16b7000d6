import { describe, expect, it } from 'vitest';
import { getCase, type CaseInterview, type PracticeCase } from '.';

/**
 * The built-in interviews as teaching material (issue 16): enough questions that choosing matters, poor
 * questions beside good ones, replies that are not all full, follow-ups that only good questions open,
 * facts only the right question reveals, and checks the trainee can only ask for by asking.
 */
const withInterviews = [
  'cotter-domestic-abuse',
  'deverell-licence-recall',
  'whitcombe-account-contradicted',
  'pritchard-autism-responsivity',
] as const;

const interviewOf = (id: string): { practiceCase: PracticeCase; interview: CaseInterview } => {
  const practiceCase = getCase(id)!;
  return { practiceCase, interview: practiceCase.interview! };
};

describe.each(withInterviews.map((id) => [id] as const))('case %s: interview', (id) => {
  const { practiceCase, interview } = interviewOf(id);

  it('has a setting, 4 to 6 topics and 15 to 30 questions', () => {
    expect(practiceCase.interview).toBeDefined();
    expect(interview.setting.length).toBeGreaterThan(100);
    expect(interview.topics.length).toBeGreaterThanOrEqual(4);
    expect(interview.topics.length).toBeLessThanOrEqual(6);
    expect(interview.questions.length).toBeGreaterThanOrEqual(15);
    expect(interview.questions.length).toBeLessThanOrEqual(30);
  });

  it('mixes poor questions with good ones', () => {
    const styles = new Set(interview.questions.map((question) => question.style));
    for (const style of ['open', 'closed', 'leading', 'compound'] as const) expect(styles).toContain(style);
  });

  it('has partial or evasive replies, and contradicted ones that name the records', () => {
    const kinds = new Set(interview.questions.map((question) => question.replyKind));
    expect(kinds.has('partial') || kinds.has('evasive') || kinds.has('confused')).toBe(true);
    expect(kinds).toContain('contradicted');
    const documentIds = new Set(practiceCase.documents.map((doc) => doc.id));
    for (const question of interview.questions) {
      const named = question.contradictedBy ?? [];
      expect(named.length > 0, `${question.id}: contradicted exactly when it names a record`).toBe(
        question.replyKind === 'contradicted',
      );
      for (const docId of named) expect(documentIds, question.id).toContain(docId);
    }
  });

  it('has follow-ups that only an earlier question opens, and a fact only a follow-up reveals', () => {
    const followUps = new Set(interview.questions.flatMap((question) => question.unlocks ?? []));
    expect(followUps.size).toBeGreaterThanOrEqual(2);
    const revealedByFollowUp = interview.questions
      .filter((question) => followUps.has(question.id))
      .flatMap((question) => question.reveals ?? []);
    expect(revealedByFollowUp.length).toBeGreaterThan(0);
  });

  it('reveals facts only through good questions: never through a leading, compound or abstract one', () => {
    expect(interview.facts.length).toBeGreaterThanOrEqual(5);
    for (const question of interview.questions)
      if (['leading', 'compound', 'abstract'].includes(question.style))
        expect(question.reveals ?? [], question.id).toEqual([]);
  });

  it('releases at least one document that only the interview releases, saying what is new', () => {
    const released = new Set(interview.questions.flatMap((question) => question.releases ?? []));
    const byInterview = practiceCase.documents.filter((doc) => doc.release.kind === 'interview');
    expect(byInterview.length).toBeGreaterThan(0);
    for (const doc of byInterview) {
      expect(released, doc.id).toContain(doc.id);
      expect(doc.newInformation?.headline, doc.id).toBeTruthy();
    }
  });

  it('marks key questions with why they matter, and they are never poor ones', () => {
    const key = interview.questions.filter((question) => question.key);
    expect(key.length).toBeGreaterThanOrEqual(4);
    for (const question of key) {
      expect(question.key!.why.length, question.id).toBeGreaterThan(60);
      expect(['open', 'closed'], question.id).toContain(question.style);
    }
  });

  it('has a time budget that cannot cover every question, so choosing matters', () => {
    const total = interview.questions.reduce((sum, question) => sum + question.minutes, 0);
    expect(interview.timeBudgetMinutes).toBeDefined();
    expect(total).toBeGreaterThan(interview.timeBudgetMinutes!);
  });

  it('has a tutor note on why the questions were written as they were', () => {
    expect(interview.tutorNote?.length ?? 0).toBeGreaterThan(200);
  });
});

describe('Owen Pritchard’s interview fits his communication needs', () => {
  const { interview } = interviewOf('pritchard-autism-responsivity');

  it('gives a confused reply to every compound or abstract question, and a clear one to plain questions', () => {
    for (const question of interview.questions) {
      if (question.style === 'compound' || question.style === 'abstract')
        expect(question.replyKind, question.id).toBe('confused');
      if (question.style === 'open' || question.style === 'closed')
        expect(['confused', 'evasive'], question.id).not.toContain(question.replyKind);
    }
  });

  it('answers a leading question with a “yes” the records contradict', () => {
    const leading = interview.questions.filter((question) => question.style === 'leading');
    expect(leading.length).toBeGreaterThan(0);
    for (const question of leading) {
      expect(question.reply, question.id).toMatch(/^Yes\b/);
      expect(question.replyKind, question.id).toBe('contradicted');
    }
  });

  it('says why in the tutor note, in the terms of the learning disability team’s letter', () => {
    expect(interview.tutorNote).toMatch(/literally/);
    expect(interview.tutorNote).toMatch(/one at a time/);
    expect(interview.tutorNote).toMatch(/say back|explain back/);
  });
});
