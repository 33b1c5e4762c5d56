/**
 * The school kit (/affiche): a teacher, CLB worker or youth worker picks a view (topics, a municipality,
 * an age, a language) and prints an A4 poster, or four A6 flyers on one A4 sheet to cut, with a QR code
 * that opens exactly that view. The preview is what prints: poster.css prints only the sheet.
 * The choices stay on this page (they are not a view of the site); the poster's QR code holds the view.
 */
import { useId, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { useCatalogue } from '../../catalogue/catalogue-context';
import type { Catalogue } from '../../catalogue/catalogue-types';
import { CatalogueStatus } from '../../components/catalogue-status';
import { useHydrated } from '../../shared/use-hydrated';
import { crisisData } from '../../crisis/crisis-data';
import { i18nFor, loadTexts } from '../../i18n/i18n';
import { LANGUAGES, type Language } from '../../i18n/language';
import { SEARCH_FILTERS } from '../../search/search-filters';
import { MunicipalityField } from '../search/filter-panel';
import { Poster } from './poster';
import { posterLink, posterViewName, type PosterChoice } from './poster-view';
import { usePageOrigin } from './use-page-origin';

type Format = 'poster' | 'flyers';
const FORMATS: readonly Format[] = ['poster', 'flyers'];
/** An age typed in the box, read as an age in a URL is (search-filters.ts): a whole number from 1 to 119, or none. */
const readAge = (text: string) => SEARCH_FILTERS.find((filter) => filter.group === 'age')?.read([text]).age;
/** Four A6 flyers fill one A4 sheet. */
const FLYERS_PER_SHEET = 4;

export function PosterPage({ lang }: { lang: Language }) {
  const { t } = useTranslation();
  const { state, retry } = useCatalogue();
  return (
    <div className="kit">
      <h1 className="kit__screen-only">{t('kit.title')}</h1>
      <p className="kit__screen-only">{t('kit.intro')}</p>
      {state.status === 'ready' ? (
        <SchoolKit catalogue={state.data.catalogue} lang={lang} />
      ) : (
        <CatalogueStatus state={state} retry={retry} />
      )}
    </div>
  );
}

function SchoolKit({ catalogue, lang }: { catalogue: Catalogue; lang: Language }) {
  const { t } = useTranslation();
  const id = useId();
  const origin = usePageOrigin();
  const [themes, setThemes] = useState<string[]>([]);
  const [municipality, setMunicipality] = useState<string>();
  const [age, setAge] = useState<number>();
  // Until a language is picked, the poster follows the page's language.
  const [pickedLang, setPickedLang] = useState<Language>();
  const [languageFailed, setLanguageFailed] = useState(false);
  // The page has only its own language's texts (i18n/i18n.ts): the poster's language comes once its main
  // and school kit texts are here. Until then, or if they cannot load, the poster stays as it is.
  // The last language picked: a slower download of one picked before it does not win.
  const lastPicked = useRef<Language>(undefined);
  const pickLanguage = (code: Language) => {
    lastPicked.current = code;
    setLanguageFailed(false);
    Promise.all([loadTexts(code), loadTexts(code, 'kit')]).then(
      () => lastPicked.current === code && setPickedLang(code),
      () => lastPicked.current === code && setLanguageFailed(true),
    );
  };
  const [format, setFormat] = useState<Format>('poster');
  const choice: PosterChoice = { themes, municipality, age, lang: pickedLang ?? lang };
  const posterT = i18nFor(choice.lang).t;
  const viewName = [posterViewName(choice, catalogue), ...(age === undefined ? [] : [posterT('kit.ageLine', { age })])]
    .filter(Boolean)
    .join(' · ');
  const link = origin === undefined ? undefined : posterLink(origin, choice);
  const poster = <Poster t={posterT} lang={choice.lang} viewName={viewName} link={link} lines={crisisData.lines} />;
  const toggleTheme = (themeId: string) =>
    setThemes(themes.includes(themeId) ? themes.filter((chosen) => chosen !== themeId) : [...themes, themeId]);

  const live = useHydrated();
  return (
    <>
      <form className="kit__form kit__screen-only" aria-labelledby={`${id}-choose`} onSubmit={(event) => event.preventDefault()}>
        <h2 id={`${id}-choose`}>{t('kit.choose')}</h2>
        {/* Disabled until the app runs (shared/use-hydrated.tsx): a choice made before would not reach the QR code. */}
        <fieldset className="kit-form" disabled={!live}>
          <fieldset className="chips" aria-describedby={`${id}-themes-hint`}>
            <legend>{t('search.themes')}</legend>
            <p id={`${id}-themes-hint`} className="hint kit__hint">
              {t('kit.themesHint')}
            </p>
            {catalogue.themes.map((theme) => (
              <label key={theme.id} className="chip">
                <input type="checkbox" checked={themes.includes(theme.id)} onChange={() => toggleTheme(theme.id)} />
                <span>{theme.label[lang]}</span>
              </label>
            ))}
          </fieldset>
          <MunicipalityField
            id={`${id}-municipality`}
            municipalities={catalogue.municipalities}
            value={municipality}
            onChange={setMunicipality}
          />
          <p className="field">
            <label htmlFor={`${id}-age`}>{t('kit.age')}</label>
            <input
              id={`${id}-age`}
              type="number"
              inputMode="numeric"
              min={6}
              max={99}
              value={age ?? ''}
              aria-describedby={`${id}-age-hint`}
              onChange={(event) => setAge(readAge(event.target.value))}
            />
            <span id={`${id}-age-hint`} className="hint">
              {t('kit.ageHint')}
            </span>
          </p>
          <fieldset className="checks">
            <legend>{t('kit.language')}</legend>
            {LANGUAGES.map((code) => (
              <label key={code} className="check">
                <input type="radio" name={`${id}-lang`} checked={choice.lang === code} onChange={() => pickLanguage(code)} />
                <span lang={code}>{t(`language.${code}`)}</span>
              </label>
            ))}
            <p className="hint" role="status">
              {languageFailed ? t('kit.languageFailed') : ''}
            </p>
          </fieldset>
          <fieldset className="checks">
            <legend>{t('kit.format')}</legend>
            {FORMATS.map((value) => (
              <label key={value} className="check">
                <input type="radio" name={`${id}-format`} checked={format === value} onChange={() => setFormat(value)} />
                {value === 'poster' ? t('kit.poster') : t('kit.flyers')}
              </label>
            ))}
          </fieldset>
          <p>
            <button type="button" className="button button--large" onClick={() => window.print()}>
              {t('kit.print')}
            </button>
          </p>
          <p className="hint">{t('kit.printHint')}</p>
        </fieldset>
      </form>
      <section className="kit__preview" aria-labelledby={`${id}-preview`}>
        <h2 id={`${id}-preview`} className="kit__screen-only">
          {t('kit.preview')}
        </h2>
        {format === 'poster' ? (
          <div className="kit-sheet kit-sheet--poster">
            <div className="kit-sheet__cell">{poster}</div>
          </div>
        ) : (
          <div className="kit-sheet kit-sheet--flyers">
            {Array.from({ length: FLYERS_PER_SHEET }, (_, index) => (
              // The same flyer four times: screen readers read it once.
              <div key={index} className="kit-sheet__cell" aria-hidden={index > 0 ? true : undefined}>
                {poster}
              </div>
            ))}
          </div>
        )}
      </section>
    </>
  );
}
