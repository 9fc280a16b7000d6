/**
 * Starting a blank "own case" attempt needs the template set; until templates are wired in this explains
 * what is coming rather than offering a button that cannot work.
 */
export function StartOwnCase() {
  return (
    <>
      <h2 className="heading-l">Start practising</h2>
      <p className="body">Practice templates will appear here.</p>
    </>
  );
}
