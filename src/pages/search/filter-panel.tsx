import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../catalogue/catalogue-types';
import { CONTACT_WAYS, type ContactWay } from '../../catalogue/provider-facts';
import type { Language } from '../../i18n/language';
import { isSet, SEARCH_FILTERS, type SearchState } from '../../search/search-filters';

/** Changes the search: a new URL (replacing the history entry while typing). */
export type UpdateSearch = (changes: Partial<SearchState>, options?: { replace?: boolean }) => void;

/** Topics, municipality, and more choices (age, yes/no filters, contact ways), each writing the URL. */
export function FilterPanel({ catalogue, search, update }: { catalogue: Catalogue; search: SearchState; update: UpdateSearch }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const ageId = useId();
  const moreActive = SEARCH_FILTERS.some((filter) => filter.underMoreChoices && isSet(filter, search));
  const toggle = <T,>(list: T[], value: T) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

  const chosenThemes = catalogue.themes.filter((theme) => search.themes.includes(theme.id)).map((theme) => theme.label[lang]);
  // While browsing (nothing typed or chosen) the topics are the way in; once searching, results come
  // first. Only the first render decides: a panel never closes under someone's finger or keyboard focus.
  const [topicsOpen] = useState(() => !search.query.trim() && search.themes.length === 0);
  const [moreOpen] = useState(moreActive);

  return (
    <div className="filters">
      <details className="disclosure" open={topicsOpen || undefined}>
        <summary>
          {t('search.themes')}
          {chosenThemes.length > 0 && <span className="disclosure__chosen">: {chosenThemes.join(', ')}</span>}
        </summary>
        <fieldset className="chips">
          <legend className="visually-hidden">{t('search.themes')}</legend>
          {catalogue.themes.map((theme) => (
            <label key={theme.id} className="chip">
              <input
                type="checkbox"
                checked={search.themes.includes(theme.id)}
                onChange={() => update({ themes: toggle(search.themes, theme.id) })}
              />
              <span>{theme.label[lang]}</span>
            </label>
          ))}
        </fieldset>
      </details>
      <p className="field">
        <label htmlFor="gemeente">{t('search.municipality')}</label>
        <select
          id="gemeente"
          value={search.municipality ?? ''}
          onChange={(event) => update({ municipality: event.target.value || undefined })}
        >
          <option value="">{t('search.allMunicipalities')}</option>
          {catalogue.municipalities.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </p>
      <details className="disclosure" open={moreOpen || undefined}>
        <summary>{t('search.moreFilters')}</summary>
        <p className="field">
          <label htmlFor={ageId}>{t('search.age')}</label>
          <input
            id={ageId}
            type="number"
            inputMode="numeric"
            min={6}
            max={99}
            value={search.age ?? ''}
            aria-describedby={`${ageId}-hint`}
            onChange={(event) => {
              const age = Number(event.target.value);
              update({ age: event.target.value && Number.isInteger(age) && age > 0 ? age : undefined }, { replace: true });
            }}
          />
          <span id={`${ageId}-hint`} className="hint">
            {t('search.ageHint')}
          </span>
        </p>
        <fieldset className="checks">
          <legend>{t('search.important')}</legend>
          {SEARCH_FILTERS.map(
            (filter) =>
              filter.checkLabel !== undefined && (
                <label key={filter.group} className="check">
                  <input
                    type="checkbox"
                    checked={search[filter.group]}
                    onChange={() => update({ [filter.group]: !search[filter.group] })}
                  />
                  {t(filter.checkLabel)}
                </label>
              ),
          )}
        </fieldset>
        <fieldset className="checks">
          <legend>{t('search.contact')}</legend>
          {CONTACT_WAYS.map((way: ContactWay) => (
            <label key={way} className="check">
              <input
                type="checkbox"
                checked={search.contact.includes(way)}
                onChange={() => update({ contact: toggle(search.contact, way) })}
              />
              {t(`search.contactWays.${way}`)}
            </label>
          ))}
        </fieldset>
      </details>
    </div>
  );
}
