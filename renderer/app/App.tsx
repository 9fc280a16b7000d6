import { useEffect } from 'react';
import { SaveStatus } from '../components/SaveStatus';
import { NoticesBanner } from '../components/NoticesBanner';
import { PageHeading } from '../components/PageHeading';
import { HomeScreen } from '../features/home/HomeScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { exportAllWork } from '../features/settings/move-work';
import { host } from '../host';
import { AttemptScreen } from '../features/attempt/AttemptScreen';
import { Ogrs3Sandbox } from '../features/predictors/Ogrs3Sandbox';
import { CompareScreen } from '../features/compare/CompareScreen';
import { ProgressScreen } from '../features/progress/ProgressScreen';
import { CohortScreen } from '../features/cohort/CohortScreen';
import { DebriefScreen } from '../features/cohort/DebriefScreen';
import { SupervisionEditScreen } from '../features/supervision/SupervisionEditScreen';
import { SupervisionListScreen } from '../features/supervision/SupervisionListScreen';
import { FileDrop, openAndRefresh } from '../features/import/FileDrop';
import { FeedbackScreen } from '../features/review/FeedbackScreen';
import { ExportScreen } from '../features/export/ExportScreen';
import { ReviewScreen } from '../features/review/ReviewScreen';
import { TemplatesScreen } from '../features/templates/TemplatesScreen';
import { CaseEditorScreen } from '../features/case-editor/CaseEditorScreen';
import { templatesReady } from '../features/templates/template-store';
import { casesReady } from '../features/cases/cases-store';
import { noticesStore, settingsStore, useSettings } from '../state/app-stores';
import { installExitFlush, registerFlush } from '../state/flush';
import { applyAppearance } from './appearance';
import { installMenuCommands } from './menu-commands';
import { hrefs, navigate, parseRoute, useHash } from './routes';
import type { Route } from './routes';
import { assertNever } from '@shared/assert-never';
import { Welcome } from '../features/welcome/Welcome';

function Header({ route }: { route: Route }) {
  const current = (screen: Route['screen']) => (route.screen === screen ? 'page' : undefined);
  return (
    <header className="header" role="banner">
      <div className="header__container width-container">
        <a className="header__brand" href={hrefs.home}>
          Casework Practice
        </a>
        <nav className="header__nav" aria-label="Main">
          <ul className="header__nav-list">
            <li>
              <a className="header__link" href={hrefs.home} aria-current={current('home')}>
                Your practice
              </a>
            </li>
            <li>
              <a className="header__link" href={hrefs.predictors} aria-current={current('predictors')}>
                Predictor sandbox
              </a>
            </li>
            <li>
              <a
                className="header__link"
                href={hrefs.supervisionList}
                aria-current={route.screen === 'supervision' ? 'page' : current('supervision-list')}
              >
                Supervision
              </a>
            </li>
            <li>
              <a className="header__link" href={hrefs.compare()} aria-current={current('compare')}>
                Compare
              </a>
            </li>
            <li>
              <a className="header__link" href={hrefs.progress} aria-current={current('progress')}>
                Progress
              </a>
            </li>
            <li>
              <a
                className="header__link"
                href={hrefs.cohort}
                aria-current={route.screen === 'debrief' ? 'page' : current('cohort')}
              >
                Trainees
              </a>
            </li>
            <li>
              <a className="header__link" href={hrefs.templates} aria-current={current('templates')}>
                Templates
              </a>
            </li>
            <li>
              <a className="header__link" href={hrefs.caseEditor()} aria-current={current('case-editor')}>
                Write a case
              </a>
            </li>
            <li>
              <a className="header__link" href={hrefs.settings} aria-current={current('settings')}>
                Settings
              </a>
            </li>
          </ul>
        </nav>
        <SaveStatus />
      </div>
    </header>
  );
}

function PracticeBanner() {
  return (
    // A labelled region, so the notice is inside a landmark like the rest of the page.
    <section
      className="practice-banner width-container"
      aria-label="Practice only"
      data-testid="practice-banner"
    >
      <p className="practice-banner__content">
        <strong className="tag tag--practice">Practice</strong>
        <span>Practice only: fictional cases, not for operational use.</span>
      </p>
    </section>
  );
}

function NotFound() {
  return (
    <>
      <PageHeading title="Page not found">Page not found</PageHeading>
      <p className="body">
        This screen does not exist. <a href={hrefs.home}>Go back to your practice</a>.
      </p>
    </>
  );
}

function Screen({ route }: { route: Route }) {
  switch (route.screen) {
    case 'home':
      return <HomeScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'predictors':
      return <Ogrs3Sandbox />;
    case 'attempt':
      return <AttemptScreen route={route} />;
    case 'supervision-list':
      return <SupervisionListScreen />;
    case 'supervision':
      return <SupervisionEditScreen recordId={route.recordId} />;
    case 'compare':
      return <CompareScreen beforeId={route.beforeId} afterId={route.afterId} />;
    case 'progress':
      return <ProgressScreen />;
    case 'cohort':
      return <CohortScreen />;
    case 'debrief':
      return <DebriefScreen caseId={route.caseId} />;
    case 'templates':
      return <TemplatesScreen />;
    case 'case-editor':
      return <CaseEditorScreen part={route.part} />;
    case 'review':
      return <ReviewScreen attemptId={route.attemptId} />;
    case 'export':
      return <ExportScreen attemptId={route.attemptId} />;
    case 'feedback':
      return <FeedbackScreen attemptId={route.attemptId} />;
    case 'not-found':
      return <NotFound />;
    default:
      return assertNever(route, 'route');
  }
}

export function App() {
  const route = parseRoute(useHash());
  const theme = useSettings((s) => s.settings.theme);
  const textSize = useSettings((s) => s.settings.textSize);
  const dyslexiaFriendlyFont = useSettings((s) => s.settings.dyslexiaFriendlyFont);
  // Only once the saved settings are in: before that the defaults say "welcome" to everyone.
  const welcome = useSettings((s) => s.loadState === 'ready' && s.settings.showWelcome);

  useEffect(() => {
    applyAppearance({ theme, textSize, dyslexiaFriendlyFont });
  }, [theme, textSize, dyslexiaFriendlyFont]);

  useEffect(() => {
    void settingsStore.getState().actions.load();
    void noticesStore.getState().actions.load();
    void templatesReady();
    void casesReady();
    // Closing or reloading the window saves whatever is still waiting for its quiet time.
    const unregister = registerFlush(() => settingsStore.getState().actions.flush());
    const uninstall = installExitFlush();
    // The app menu's File > Import…, Export… and Settings (the shell only; the browser harness has no menu).
    const uninstallMenu = installMenuCommands(window.caseworkEvents, () => ({
      hash: window.location.hash,
      navigate,
      openFile: () => void openAndRefresh(null),
      exportAll: () => void exportAllWork(host),
      tell: (message) =>
        noticesStore.setState((state) => ({
          notices: [
            ...state.notices.filter((notice) => notice.id !== 'menu-message'),
            { id: 'menu-message', level: 'info', message, at: new Date().toISOString() },
          ],
        })),
    }));
    return () => {
      unregister();
      uninstall();
      uninstallMenu();
    };
  }, []);

  return (
    <>
      <a
        className="skip-link"
        href="#main-content"
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main-content')?.focus();
        }}
      >
        Skip to main content
      </a>
      <Header route={route} />
      <PracticeBanner />
      <div className="width-container">
        <main className="main" id="main-content" tabIndex={-1}>
          <NoticesBanner />
          <FileDrop />
          {welcome ? <Welcome /> : <Screen route={route} />}
        </main>
      </div>
    </>
  );
}
