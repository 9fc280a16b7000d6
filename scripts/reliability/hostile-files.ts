import { deflateSync, inflateSync } from 'node:zlib';
import { contract } from '@shared/contract';
import { MAX_ATTEMPT_BYTES } from '@shared/contract/limits';
import { MAX_EXCHANGE_BYTES } from '@shared/pdf/exchange';
import { sampleAttempt } from '@shared/pdf/__fixtures__/sample-attempt';
import { incomingReviewProblem } from '@shared/review/integrity';
import { createReview } from '@shared/review/threads';
import { doublingTemplate } from '@shared/templates/__fixtures__/growth';
import { validateTemplate } from '@shared/templates/validate';
import { attemptFromPdf } from '@host/pdf/extract';
import { pdfWithAttachments } from '@host/pdf/__fixtures__/pdf-files';
import type { ReportSection } from './section';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/**
 * Hostile files a person can be sent, each refused, each beside its control: the same kind of file made
 * harmless is accepted (or, for a bomb, what it would have cost without the bounds), so a refusal that
 * refused everything would show.
 */
export const hostileFilesSection: ReportSection = {
  id: 'hostile-files',
  title: 'Hostile files refused (PDF bombs, template bombs, forged reviews, oversized attempts)',
  async run() {
    const lines: string[] = [];
    // PDF bombs: many small ones, and a few at the largest single size.
    const small = deflateSync(Buffer.alloc(1024 * 1024));
    const big = deflateSync(Buffer.alloc(MAX_EXCHANGE_BYTES));
    const bombs = [
      { name: '300 one-megabyte streams', streams: Array.from({ length: 300 }, () => small) },
      { name: 'five full-size streams', streams: [big, big, big, big, big] },
    ];
    let pdfRefused = 0;
    for (const bomb of bombs) {
      let inflated = 0;
      const pdf = pdfWithAttachments(bomb.streams.map((compressed, i) => ({ name: `n${i}`, compressed })));
      const parsed = await attemptFromPdf(pdf, { onInflate: (bytes) => (inflated = bytes) });
      const unbounded = bomb.streams.reduce((sum, stream) => sum + inflateSync(stream).length, 0);
      if (!parsed.ok && parsed.problem === 'too-large') pdfRefused += 1;
      lines.push(
        `PDF bomb, ${bomb.name}: ${parsed.ok ? 'ACCEPTED' : 'refused'} after inflating ${mb(inflated)}; control: unbounded it is ${mb(unbounded)}`,
      );
    }
    // Template bombs: a doubling chain of computed values.
    const bombTemplate = validateTemplate(doublingTemplate(26));
    const shortChain = validateTemplate(doublingTemplate(3));
    lines.push(
      `template bomb, 26 doublings (2^26 copies): ${bombTemplate.ok ? 'ACCEPTED' : 'refused'}; control: 3 doublings ${shortChain.ok ? 'accepted' : 'REFUSED'}`,
    );
    // Forged reviews: a returned review claiming a later change than now.
    const attempt = sampleAttempt();
    const now = new Date('2026-11-23T14:02:00.000Z');
    let n = 0;
    const review = createReview(attempt, 'Dana Whitcombe', {
      now: () => now,
      newId: () => `review-${(n += 1)}-00`,
    });
    const forged = { ...review, updatedAt: '2099-01-01T00:00:00.000Z' };
    const forgedProblem = incomingReviewProblem(forged, now);
    const honestProblem = incomingReviewProblem(review, now);
    lines.push(
      `forged review dated 2099: ${forgedProblem ? 'refused' : 'ACCEPTED'}; control: the same review as made ${honestProblem ? 'REFUSED' : 'accepted'}`,
    );
    // Oversized attempts: a save over the cap, and one just under it.
    // Long pasted answers (each under the per-answer limit) adding up to about `bytes`.
    const save = (bytes: number) => {
      const pasted: Record<string, string> = {};
      for (let i = 0; i * 300_000 < bytes; i += 1)
        pasted[`text-${i}`] = 'x'.repeat(Math.min(300_000, bytes - i * 300_000));
      return contract.saveAttempt.request.safeParse({
        attempt: { ...attempt, answers: { ...attempt.answers, pasted } },
        progress: 0.5,
      }).success;
    };
    const over = save(MAX_ATTEMPT_BYTES + 1024);
    const under = save(MAX_ATTEMPT_BYTES - 64 * 1024);
    lines.push(
      `attempt of ${mb(MAX_ATTEMPT_BYTES + 1024)} saved: ${over ? 'ACCEPTED' : 'refused'}; control: ${mb(MAX_ATTEMPT_BYTES - 64 * 1024)} ${under ? 'accepted' : 'REFUSED'}`,
    );
    const figures = [
      { name: 'PDF bombs refused', value: pdfRefused, mustBe: bombs.length },
      { name: 'template bomb refused', value: !bombTemplate.ok, mustBe: true },
      { name: 'control: short template chain accepted', value: shortChain.ok, mustBe: true },
      { name: 'forged (future-dated) review refused', value: forgedProblem !== null, mustBe: true },
      { name: 'control: honest review accepted', value: honestProblem === null, mustBe: true },
      { name: 'oversized attempt refused', value: !over, mustBe: true },
      { name: 'control: attempt under the cap accepted', value: under, mustBe: true },
    ];
    return {
      figures,
      details: [
        ...lines,
        'Identity takeover (another trainee claiming an attempt or review id) is pinned by electron/host/review/identity.test.ts.',
      ],
      ok: figures.every((f) => f.value === f.mustBe),
    };
  },
};
