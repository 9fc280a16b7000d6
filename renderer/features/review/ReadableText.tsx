import { readableRuns } from '@shared/text/readable';

/**
 * Text someone else wrote, with each hidden directional or invisible character drawn as a visible marker. The
 * character itself stays (isolated, so it reorders nothing) so that offsets into the answer still line up.
 */
export function ReadableText({ text }: { text: string }) {
  return readableRuns(text).map((run, index) =>
    run.marker ? (
      <span
        // Runs never reorder for one text, so the index is a stable key here.
        key={index}
        className="hidden-character"
        data-hidden-character={run.marker}
        title={`Hidden in the text: ${run.description ?? run.marker}`}
      >
        {run.text}
      </span>
    ) : (
      run.text
    ),
  );
}
