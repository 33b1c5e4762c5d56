import { useTranslation } from '../../i18n/use-translation';
import { AppLink } from '../../routing/app-link';
import { crisisData } from '../../crisis/crisis-data';
import type { Language } from '../../i18n/language';
import { searchUrl } from '../../routing/urls';
import { EMPTY_SEARCH, withoutFilter, type SearchState } from '../../search/search-filters';
import type { Searcher } from '../../search/search-providers';
import { safeHref } from '../../shared/safe-href';

/** Nothing found: which filter to drop (with how many results that gives), and the helplines. */
export function NoResults({
  lang,
  search,
  searcher,
  now,
}: {
  lang: Language;
  search: SearchState;
  searcher: Searcher;
  now: Date | undefined;
}) {
  const { t } = useTranslation();
  const options = searcher.withoutEachFilter(search, now).filter((option) => option.count > 0);
  return (
    <div className="no-results">
      <p>{t('search.noResultsText')}</p>
      {options.length > 0 && (
        <ul className="drop-filters">
          {options.map(({ group, count }) => (
            <li key={group}>
              <AppLink className="button button--secondary" to={searchUrl(lang, withoutFilter(search, group))}>
                {t('search.dropFilter', { filter: t(`search.groups.${group}`), count })}
              </AppLink>
            </li>
          ))}
          <li>
            <AppLink className="button button--secondary" to={searchUrl(lang, EMPTY_SEARCH)}>
              {t('search.clearAll')}
            </AppLink>
          </li>
        </ul>
      )}
      <p>{t('search.helplinesStillThere')}</p>
      <ul className="helpline-buttons">
        {crisisData.lines.map((line) => (
          <li key={line.id}>
            <a className="button button--call" href={safeHref(line.phone.href)}>
              {line.name}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
