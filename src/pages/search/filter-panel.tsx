import { memo, useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { useHydrated } from '../../shared/use-hydrated';
import type { Catalogue, CatalogueMunicipality } from '../../catalogue/catalogue-types';
import { CONTACT_WAYS, type ContactWay } from '../../catalogue/provider-facts';
import type { Language } from '../../i18n/language';
import { isSet, SEARCH_FILTERS, type SearchState } from '../../search/search-filters';

/** Changes the search: a new URL (replacing the history entry while typing). */
export type UpdateSearch = (changes: Partial<SearchState>, options?: { replace?: boolean }) => void;

/**
 * Municipality, topics and more choices (age, yes/no filters, contact ways), each writing the URL. On a
 * phone the results must start on the first screen after typing, so this panel stays short once someone
 * searches: the municipality on one line, and two buttons that fold the topics and the other choices.
 */
export const FilterPanel = memo(FilterPanelControls, (before, after) => {
  // Typing changes only the search words: the panel needs to know just whether there are any.
  const searching = ({ search }: FilterPanelProps) => search.query.trim() !== '';
  return (
    before.catalogue === after.catalogue &&
    before.update === after.update &&
    searching(before) === searching(after) &&
    sameChoices(before.search, after.search)
  );
});

interface FilterPanelProps {
  catalogue: Catalogue;
  search: SearchState;
  /** Must read the search it changes when called (search-page.tsx): the panel is not rendered again for the words. */
  update: UpdateSearch;
}

/** Whether two searches make the same choices in the panel (topics, municipality, age, filters, contact ways). */
function sameChoices(a: SearchState, b: SearchState): boolean {
  const sameList = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((value, i) => value === y[i]);
  return (
    sameList(a.themes, b.themes) &&
    sameList(a.contact, b.contact) &&
    a.municipality === b.municipality &&
    a.age === b.age &&
    // The yes/no filters (free, anonymous, …), each one tick box.
    SEARCH_FILTERS.every((filter) => typeof a[filter.group] !== 'boolean' || a[filter.group] === b[filter.group])
  );
}

function FilterPanelControls({ catalogue, search, update }: FilterPanelProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const ageId = useId();
  const topicsId = useId();
  const moreId = useId();
  const topicsButton = useRef<HTMLButtonElement>(null);
  const moreActive = SEARCH_FILTERS.some((filter) => filter.underMoreChoices && isSet(filter, search));
  const toggle = <T,>(list: T[], value: T) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

  // While browsing (nothing typed or chosen) the topics are the way in; once a search text or topic is
  // chosen, the results come first and the topics fold away, leaving the chosen ones as chips to remove.
  // Choosing a first topic folds the list too; a tap on "Onderwerpen" opens it again, and from then on that
  // tap decides, so the list does not fold while someone picks more topics.
  const searching = search.query.trim() !== '' || search.themes.length > 0;
  const [topicsChoice, setTopicsChoice] = useState<boolean | undefined>(undefined);
  const allTopics = topicsChoice ?? !searching;
  const shownThemes = allTopics ? catalogue.themes : catalogue.themes.filter((theme) => search.themes.includes(theme.id));
  const [moreOpen, setMoreOpen] = useState(moreActive);

  const onThemeChange = (themeId: string) => (event: ChangeEvent<HTMLInputElement>) => {
    const chip = event.currentTarget;
    update({ themes: toggle(search.themes, themeId) });
    // A folded list hides a topic once it is removed: keep keyboard focus nearby instead of losing it.
    // (update() renders at once, see search-page.tsx.) A chip that stays keeps its focus.
    if (!chip.isConnected) topicsButton.current?.focus();
  };

  const live = useHydrated();
  return (
    // Disabled until the app runs (shared/use-hydrated.tsx).
    <fieldset className="filters" disabled={!live}>
      <MunicipalityField
        id="gemeente"
        municipalities={catalogue.municipalities}
        value={search.municipality}
        onChange={(municipality) => update({ municipality })}
      />
      <div className="filters__toggles">
        <button
          ref={topicsButton}
          type="button"
          className="toggle"
          aria-expanded={allTopics}
          aria-controls={topicsId}
          onClick={() => setTopicsChoice(!allTopics)}
        >
          {t('search.themes')}
          {search.themes.length > 0 && <span className="toggle__count"> ({search.themes.length})</span>}
        </button>
        <button type="button" className="toggle" aria-expanded={moreOpen} aria-controls={moreId} onClick={() => setMoreOpen(!moreOpen)}>
          {t('search.moreFilters')}
        </button>
      </div>
      {/* One list for both states: a chosen chip is the same element folded or not, so it keeps focus when
          the list folds under it. Folded, it shows only the chosen topics. */}
      <fieldset id={topicsId} className={allTopics ? 'chips' : 'chips chips--chosen'} hidden={shownThemes.length === 0}>
        <legend className="visually-hidden">{t('search.themes')}</legend>
        {shownThemes.map((theme) => (
          <label key={theme.id} className="chip">
            <input type="checkbox" checked={search.themes.includes(theme.id)} onChange={onThemeChange(theme.id)} />
            <span>{theme.label[lang]}</span>
          </label>
        ))}
      </fieldset>
      <div id={moreId} className="filters__more" hidden={!moreOpen}>
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
      </div>
    </fieldset>
  );
}

/** The municipality choice, on one line: all municipalities, or one of the catalogue's. Also on the school kit. */
export function MunicipalityField({
  id,
  municipalities,
  value,
  onChange,
}: {
  id: string;
  municipalities: CatalogueMunicipality[];
  value: string | undefined;
  onChange: (municipality: string | undefined) => void;
}) {
  const { t } = useTranslation();
  return (
    <p className="field field--inline">
      <label htmlFor={id}>{t('search.municipality')}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value || undefined)}>
        <option value="">{t('search.allMunicipalities')}</option>
        {municipalities.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </select>
    </p>
  );
}
