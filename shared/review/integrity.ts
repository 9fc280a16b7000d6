import type { Review } from './schema';

/**
 * How far ahead of this computer's clock a date in a file from someone else may be: their clock may be a little
 * fast. Beyond it, a date is not a slip but a claim (a review "changed" in 2099 always looks newest).
 */
export const FUTURE_TOLERANCE_MS = 60 * 60 * 1000;

/** Every moment a review records, with where it is, for saying which one is wrong. */
function momentsOf(review: Review): Array<{ where: string; at: string }> {
  const moments = [
    { where: 'when it was written', at: review.createdAt },
    { where: 'when it was last changed', at: review.updatedAt },
    { where: 'the version it reviewed', at: review.reviewedVersion.updatedAt },
    { where: 'the version its comments are on', at: review.currentVersion.updatedAt },
  ];
  for (const comment of review.comments) {
    moments.push({ where: `a comment by ${comment.author}`, at: comment.createdAt });
    if (comment.addressed) moments.push({ where: 'an "addressed" mark', at: comment.addressed.at });
    for (const reply of comment.replies)
      moments.push({ where: `a reply by ${reply.author}`, at: reply.createdAt });
  }
  return moments;
}

/**
 * Why a review that arrived in a file cannot be taken in, or null: no date in it may lie in the future. (That
 * it belongs to the attempt the file carries is checked where the file is read, in the share package reader.)
 */
export function incomingReviewProblem(review: Review, now: Date): string | null {
  const latest = now.getTime() + FUTURE_TOLERANCE_MS;
  const future = momentsOf(review).find(({ at }) => Date.parse(at) > latest);
  if (future)
    return `the review by ${review.reviewerName} in it gives a date in the future for ${future.where} (${future.at})`;
  return null;
}
