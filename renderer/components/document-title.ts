/**
 * The window title: the page's own title, with "Error: " in front while an error summary is showing, as
 * GOV.UK asks, so a screen-reader user hears at once that the page came back with problems.
 * The heading and the summary are separate components, so each tells this module its part.
 */
const appName = 'Casework Practice';
let pageTitle: string | null = null;
let summariesShown = 0;

function apply(): void {
  const base = pageTitle ? `${pageTitle} – ${appName}` : appName;
  document.title = summariesShown > 0 ? `Error: ${base}` : base;
}

export function setPageTitle(title: string): void {
  pageTitle = title;
  apply();
}

/** Call while an error summary is on screen; the returned function is called when it goes. */
export function errorSummaryShown(): () => void {
  summariesShown += 1;
  apply();
  let done = false;
  return () => {
    if (done) return;
    done = true;
    summariesShown -= 1;
    apply();
  };
}
