import {
  OGRS3_BAND_LABELS,
  OGRS3_ONE_YEAR_CONSTANT,
  OGRS3_TWO_YEAR_CONSTANT,
  formatOgrs3Value,
  type Ogrs3Probability,
  type Ogrs3Result,
  type Ogrs3Term,
} from '@shared/predictors/ogrs3';

type ShownResult = Exclude<Ogrs3Result, { status: 'invalid' }>;

/** An exponent as written in a formula: a true minus sign when negative, no sign otherwise. */
const plain = (value: number) => (value < 0 ? `−${Math.abs(value).toFixed(5)}` : value.toFixed(5));

function TermRow({ term }: { term: Ogrs3Term }) {
  return (
    <tr>
      <th scope="row">
        {term.label}
        <details className="predictor-term__why">
          <summary>Why this matters</summary>
          <p className="body">{term.explanation}</p>
        </details>
      </th>
      <td className="predictor-term__value">
        {term.value === null ? <strong>Not available</strong> : formatOgrs3Value(term.value)}
      </td>
      <td>{term.working}</td>
    </tr>
  );
}

function ProbabilityStep({
  label,
  constant,
  probability,
}: {
  label: string;
  constant: number;
  probability: Ogrs3Probability;
}) {
  return (
    <li>
      <strong>{label}:</strong> y + {constant} = {formatOgrs3Value(probability.exponent)}; probability = 1 ÷
      (1 + e<sup>{plain(-probability.exponent)}</sup>) = {probability.probability.toFixed(4)}, shown as{' '}
      <strong>{probability.percent}%</strong>.
    </li>
  );
}

/** The calculator's answer and its working, term by term, so a trainee sees what drives the score. */
export function Ogrs3Working({ result }: { result: ShownResult }) {
  const { ages } = result;
  return (
    <section className="predictor-result" aria-labelledby="predictor-result-title" data-testid="ogrs3-result">
      <h2 className="heading-l" id="predictor-result-title">
        {result.status === 'scored' ? 'Result' : 'Working so far'}
      </h2>
      {result.status === 'scored' ? (
        <div className="panel predictor-result__summary">
          <p className="body-l">
            One year: <strong data-testid="ogrs3-one-year">{result.oneYear.percent}%</strong>
            <br />
            Two years: <strong data-testid="ogrs3-two-year">{result.twoYear.percent}%</strong>
            <br />
            Band:{' '}
            <strong className="tag tag--grey" data-testid="ogrs3-band">
              {OGRS3_BAND_LABELS[result.band]}
            </strong>
          </p>
          <p className="body">{result.bandExplanation}</p>
          <p className="body secondary-text">
            Illustrative, not operational: a probability for a group of people with this history, not a
            judgement about this person or about the risk of serious harm.
          </p>
        </div>
      ) : (
        <div className="inset-text inset-text--error" data-testid="ogrs3-not-available">
          <p className="body">{result.message}</p>
        </div>
      )}

      <h3 className="heading-m">How the score was worked out</h3>
      <p className="body">
        Age {ages.atConviction} at conviction and {ages.atFollowUpStart} at the start of follow-up;{' '}
        {ages.yearsSinceFirstSanction} year{ages.yearsSinceFirstSanction === 1 ? '' : 's'} since the first
        sanction.
      </p>
      <table className="table predictor-working">
        <caption className="visually-hidden">The terms of the OGRS3 score</caption>
        <thead>
          <tr>
            <th scope="col">Term</th>
            <th scope="col">Value</th>
            <th scope="col">Working</th>
          </tr>
        </thead>
        <tbody>
          {result.terms.map((term) => (
            <TermRow key={term.id} term={term} />
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{result.status === 'scored' ? 'Linear score, y' : 'Sum of the known terms'}</th>
            <td className="predictor-term__value">
              <strong>
                {formatOgrs3Value(result.status === 'scored' ? result.linearScore : result.partialScore)}
              </strong>
            </td>
            <td>
              {result.status === 'scored'
                ? 'The sum of the four terms above.'
                : 'Without the offence-group term the sum is incomplete, so no probability is given.'}
            </td>
          </tr>
        </tfoot>
      </table>
      {result.status === 'scored' ? (
        <>
          <h3 className="heading-m">From score to probability</h3>
          <ul className="body predictor-steps">
            <ProbabilityStep
              label="One year"
              constant={OGRS3_ONE_YEAR_CONSTANT}
              probability={result.oneYear}
            />
            <ProbabilityStep
              label="Two years"
              constant={OGRS3_TWO_YEAR_CONSTANT}
              probability={result.twoYear}
            />
          </ul>
        </>
      ) : null}
    </section>
  );
}
