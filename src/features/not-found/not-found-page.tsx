import { useT } from '../../settings/use-lang.ts';
import './not-found.css';

export function NotFoundPage({ what }: { what: string }) {
  const t = useT();
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <h2 id="not-found-title">{t('notFoundTitle')}</h2>
      <p>{t('notFoundBody', { what })}</p>
      <p>
        <a href="#/">{t('backToOverview')}</a>
      </p>
    </section>
  );
}
