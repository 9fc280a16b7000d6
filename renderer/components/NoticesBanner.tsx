import { noticesStore, useNotices } from '../state/app-stores';

/**
 * What the host repaired or restored at start-up (a damaged file set aside, an older copy brought back), in the
 * GOV.UK notification banner style. Each notice is dismissed by the trainee once read.
 */
export function NoticesBanner() {
  const notices = useNotices((s) => s.notices);
  if (notices.length === 0) return null;
  const serious = notices.some((n) => n.level !== 'info');
  return (
    <section
      className={`notification-banner${serious ? ' notification-banner--warning' : ''}`}
      aria-labelledby="notices-title"
      data-testid="startup-notices"
    >
      <div className="notification-banner__header">
        <h2 className="notification-banner__title" id="notices-title">
          {serious ? 'Important: we repaired some of your saved work' : 'For your information'}
        </h2>
      </div>
      <div className="notification-banner__content">
        <ul className="notification-banner__list">
          {notices.map((notice) => (
            <li key={notice.id} className="notification-banner__item">
              <p className="body">{notice.message}</p>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => noticesStore.getState().actions.dismiss(notice.id)}
              >
                Dismiss<span className="visually-hidden"> this message</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
