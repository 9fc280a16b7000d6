import type { Attempt } from '@shared/model/attempt';
import type { AuthorRole, Review } from '@shared/review/schema';
import { isAnswerable } from '@shared/templates';
import type { AttemptEvaluation, Template } from '@shared/templates';
import { focusField } from '../../components/ErrorSummary';
import { answerViewFor } from '../attempt/items/registry';
import type { EditReview } from './CommentThread';
import { SectionJudgements } from './Judgements';
import { ReviewItem } from './ReviewItem';

/**
 * The attempt laid out for review: each template, its visible sections, each question with the answer and
 * the comments about it side by side. For the tutor every answer is shown with a way to comment and a
 * judgement form per section; for the trainee only the answers someone commented on.
 */
export function ReviewDocument({
  attempt,
  templates,
  evaluation,
  reviews,
  role,
  personName,
  onEdit,
  editable,
}: {
  attempt: Attempt;
  templates: readonly Template[];
  evaluation: AttemptEvaluation;
  reviews: readonly Review[];
  role: AuthorRole;
  personName: string;
  onEdit: EditReview;
  /** The tutor's own review: comments and judgements go in it. Null for the trainee. */
  editable: Review | null;
}) {
  const commented = new Set(
    reviews.flatMap((review) => review.comments.map((c) => `${c.anchor.templateId}/${c.anchor.itemId}`)),
  );
  const shows = (templateId: string, itemId: string) =>
    editable !== null || commented.has(`${templateId}/${itemId}`);
  const visibleSections = templates.flatMap((template) =>
    template.sections
      .filter((section) => evaluation.sectionVisible(template.id, section.id))
      .map((section) => ({ template, section })),
  );
  return (
    <>
      {editable && visibleSections.length > 3 ? (
        <nav className="review-contents" aria-label="Sections to review">
          <h2 className="heading-s">Sections</h2>
          <ul className="review-contents__list">
            {visibleSections.map(({ template, section }) => {
              const id = `review-s-${template.id}-${section.id}`;
              return (
                <li key={id}>
                  <a
                    href={`#${id}`}
                    onClick={(event) => {
                      // The app routes on the hash, so move to the heading without changing it.
                      event.preventDefault();
                      focusField(id);
                    }}
                  >
                    {templates.length > 1 ? `${template.title}: ` : ''}
                    {section.title}
                  </a>
                </li>
              );
            })}
          </ul>
        </nav>
      ) : null}
      {templates.map((template) => {
        const sections = template.sections.filter(
          (section) =>
            evaluation.sectionVisible(template.id, section.id) &&
            (editable !== null || section.items.some((item) => shows(template.id, item.id))),
        );
        if (sections.length === 0) return null;
        return (
          <section key={template.id} className="review-template" aria-labelledby={`review-t-${template.id}`}>
            <h2 className="heading-l" id={`review-t-${template.id}`}>
              {template.title}
            </h2>
            {sections.map((section) => (
              <section
                key={section.id}
                className="review-section"
                aria-labelledby={`review-s-${template.id}-${section.id}`}
                data-testid="review-section"
              >
                <h3 className="heading-m" id={`review-s-${template.id}-${section.id}`} tabIndex={-1}>
                  {section.title}
                </h3>
                {section.items.map((item) => {
                  if (!evaluation.visible(template.id, item.id) || !shows(template.id, item.id)) return null;
                  const ctx = { templateId: template.id, evaluation, attempt, templates };
                  // Items that take no answer have a view of their own (a computed level; guidance shows
                  // nothing), shown only while the review is editable.
                  if (!isAnswerable(item)) {
                    const { View } = answerViewFor(item);
                    return editable ? (
                      <View key={item.id} ctx={ctx} item={item} value={null} rowPath={[]} highlights={[]} />
                    ) : null;
                  }
                  return (
                    <ReviewItem
                      key={item.id}
                      ctx={ctx}
                      item={item}
                      reviews={reviews}
                      role={role}
                      personName={personName}
                      onEdit={onEdit}
                      canComment={editable}
                    />
                  );
                })}
                {editable ? (
                  <SectionJudgements
                    review={editable}
                    templateId={template.id}
                    sectionId={section.id}
                    sectionTitle={section.title}
                    onEdit={onEdit}
                  />
                ) : null}
              </section>
            ))}
          </section>
        );
      })}
    </>
  );
}
