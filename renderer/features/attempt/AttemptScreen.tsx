import type { Route } from '../../app/routes';
import { hrefs } from '../../app/routes';
import { PageHeading } from '../../components/PageHeading';

export function AttemptScreen({ route }: { route: Extract<Route, { screen: 'attempt' }> }) {
  return (
    <>
      <PageHeading title="Practice attempt">Practice attempt</PageHeading>
      <p className="body">
        Attempt {route.attemptId} cannot be opened yet. <a href={hrefs.home}>Go back to your practice</a>.
      </p>
    </>
  );
}
