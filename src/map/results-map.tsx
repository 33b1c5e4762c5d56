/**
 * The map of the current results (loaded only when the map view is opened: Leaflet is the heaviest
 * part of the site and contacts a tile server). Markers are buttons you can Tab to; a tap or Enter opens
 * the marker's card and moves focus into it; Esc or "Sluiten" closes it and returns focus to the marker.
 * Without map images (offline, blocked) the markers, cards and municipality choice still work on a plain
 * background.
 *
 * The card is not a popup inside the map but part of the page, right under the map: a marker can hold
 * many places, and a popup is cut off by the map's edges (on a phone, at 200% zoom or text size), so
 * its text would be cut or hidden in a small scrolling box. Under the map all of it shows.
 */
import 'leaflet/dist/leaflet.css';
import './results-map.css';
import L from 'leaflet';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { AppLink } from '../routing/app-link';
import { MapContainer, Marker, TileLayer, useMap } from 'react-leaflet';
import type { CatalogueMunicipality } from '../catalogue/catalogue-types';
import { pickText } from '../catalogue/localized-text';
import { ProviderOpenBadge } from '../components/open-status';
import { QuickContact } from '../components/quick-contact';
import type { Language } from '../i18n/language';
import { useFromListState } from '../routing/back-to-list';
import { providerUrl } from '../routing/urls';
import type { SearchResult } from '../search/search-providers';
import { TILE_ATTRIBUTION, TILE_URL } from './map-config';
import { buildMapModel, type MapPlace } from './map-model';

export interface ResultsMapProps {
  results: SearchResult[];
  municipalities: CatalogueMunicipality[];
  /** The chosen municipality: the map zooms to it. */
  municipality?: string;
  lang: Language;
}

/** Zoom level that shows one municipality on a phone. */
const MUNICIPALITY_ZOOM = 13;

export default function ResultsMap({ results, municipalities, municipality, lang }: ResultsMapProps) {
  const { t } = useTranslation();
  const fromList = useFromListState();
  const [tilesFailed, setTilesFailed] = useState(false);
  const model = useMemo(() => buildMapModel(results, municipalities), [results, municipalities]);
  const [openKey, setOpenKey] = useState<string>();
  // A filter can take the open card's place off the map: then no card shows.
  const openPlace = model.places.find((place) => place.key === openKey);
  const markerElements = useRef(new Map<string, L.Marker>());
  /** Close the card and give focus back to its marker, so keyboard users stay where they were. */
  const closeCard = () => {
    const marker = openKey === undefined ? undefined : markerElements.current.get(openKey);
    setOpenKey(undefined);
    marker?.getElement()?.focus();
  };
  const regionBounds = useMemo(
    () => L.latLngBounds(municipalities.map((m) => [m.centre.lat, m.centre.lon] as [number, number])).pad(0.25),
    [municipalities],
  );

  return (
    <div className="results-map">
      {tilesFailed && (
        <p className="results-map__note" role="status">
          {t('map.tilesFailed')}
        </p>
      )}
      <MapContainer
        className={tilesFailed ? 'results-map__map results-map__map--plain' : 'results-map__map'}
        bounds={regionBounds}
        scrollWheelZoom={false}
        attributionControl={false}
      >
        <TileLayer url={TILE_URL} eventHandlers={{ tileerror: () => setTilesFailed(true) }} />
        <Attribution />
        <Viewport municipalities={municipalities} municipality={municipality} regionBounds={regionBounds} />
        <StopAnimationsOnUnmount />
        {model.places.map((place) => (
          <PlaceMarker
            key={place.key}
            place={place}
            open={place.key === openPlace?.key}
            onOpen={() => setOpenKey(place.key)}
            register={(marker) => {
              if (marker) markerElements.current.set(place.key, marker);
              else markerElements.current.delete(place.key);
            }}
          />
        ))}
      </MapContainer>
      {openPlace && <MapCard key={openPlace.key} place={openPlace} lang={lang} onClose={closeCard} />}
      <section className="results-map__elsewhere" aria-labelledby="zonder-plek">
        <h3 id="zonder-plek">{t('map.withoutPlace', { count: model.withoutPlace.length })}</h3>
        {model.withoutPlace.length > 0 && (
          <ul>
            {model.withoutPlace.map(({ provider }) => (
              <li key={provider.id}>
                <AppLink to={providerUrl(lang, provider.id)} state={fromList}>
                  {provider.name}
                </AppLink>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

/** Leaflet's own attribution, without its flag icon, with links underlined (axe: link-in-text-block). */
function Attribution() {
  const map = useMap();
  useEffect(() => {
    const control = L.control
      .attribution({ prefix: '<a href="https://leafletjs.com">Leaflet</a>' })
      .addAttribution(TILE_ATTRIBUTION)
      .addTo(map);
    return () => {
      control.remove();
    };
  }, [map]);
  return null;
}

/**
 * Leaving the map while it zooms (list view, Back, the quick exit) must not throw. Leaflet ends a zoom
 * animation from a 250 ms timer, which still runs after the map is removed and then fails on the missing
 * map pane ("Cannot read properties of undefined (reading '_leaflet_pos')"). When the map goes, mark the
 * zoom animation as over, so that timer does nothing. (Leaflet's removal stops a pan animation itself.)
 */
function StopAnimationsOnUnmount() {
  const map = useMap();
  useEffect(
    () => () => {
      // Leaflet's own flag (not public API): its zoom-end timer returns early when it is false.
      (map as unknown as { _animatingZoom?: boolean })._animatingZoom = false;
    },
    [map],
  );
  return null;
}

/** Zooms to the chosen municipality, or shows the whole region. */
function Viewport({
  municipalities,
  municipality,
  regionBounds,
}: {
  municipalities: CatalogueMunicipality[];
  municipality?: string;
  regionBounds: L.LatLngBounds;
}) {
  const map = useMap();
  useEffect(() => {
    const chosen = municipalities.find((m) => m.id === municipality);
    if (chosen) map.setView([chosen.centre.lat, chosen.centre.lon], MUNICIPALITY_ZOOM);
    else map.fitBounds(regionBounds);
  }, [map, municipalities, municipality, regionBounds]);
  return null;
}

function PlaceMarker({
  place,
  open,
  onOpen,
  register,
}: {
  place: MapPlace;
  /** Its card is open (under the map). */
  open: boolean;
  onOpen: () => void;
  /** Hands the marker to the map (null when it goes), to give it focus back when its card closes. */
  register: (marker: L.Marker | null) => void;
}) {
  const { t } = useTranslation();
  const name = place.exact
    ? t('map.markerExact', { place: place.label, count: place.results.length })
    : t('map.markerMunicipality', { place: place.label, count: place.results.length });
  const icon = useMemo(
    () =>
      L.divIcon({
        className: ['map-marker', place.exact ? '' : 'map-marker--area', open ? 'map-marker--open' : ''].filter(Boolean).join(' '),
        html: `<span class="visually-hidden">${escapeHtml(name)}</span><span aria-hidden="true">${place.results.length}</span>`,
        iconSize: [44, 44],
        iconAnchor: [22, 22],
      }),
    [name, place.exact, place.results.length, open],
  );
  return (
    <Marker
      ref={register}
      position={[place.lat, place.lon]}
      icon={icon}
      keyboard
      // A tap or a click; Enter on a focused marker reaches the marker as Leaflet's "keypress".
      eventHandlers={{ click: onOpen, keypress: (event) => event.originalEvent.key === 'Enter' && onOpen() }}
    />
  );
}

/**
 * A marker's card, under the map. It mounts when the card opens (a new key for each marker), so that is
 * when it takes focus, which also scrolls its start into view. Esc closes it here, and the key must not count
 * towards "Esc twice" for the quick exit.
 */
function MapCard({ place, lang, onClose }: { place: MapPlace; lang: Language; onClose: () => void }) {
  const { t } = useTranslation();
  const fromList = useFromListState();
  const cardRef = useRef<HTMLElement>(null);
  const titleId = useId();
  useEffect(() => {
    // Focus scrolls the page only as far as needed: the card's start comes on screen under the map,
    // which stays in view as far as it can (html's scroll-padding keeps it above the quick-exit bar).
    cardRef.current?.querySelector<HTMLElement>('a')?.focus();
  }, []);
  return (
    // Not a control itself: it hears Escape bubbling up from the links inside it, so the card closes
    // from wherever focus is in it, as a popup would.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <section
      ref={cardRef}
      className="map-card"
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        onClose();
      }}
    >
      <div className="map-card__head">
        <h3 id={titleId} className="map-card__title">
          {place.exact ? place.label : t('map.inMunicipality', { place: place.label })}
        </h3>
        <button type="button" className="map-card__close" onClick={onClose}>
          {t('map.closeCard')}
        </button>
      </div>
      {!place.exact && <p className="map-card__note">{t('map.noExactPlace')}</p>}
      <ul>
        {place.results.map(({ provider, open, holidayUncertain }) => {
          return (
            <li key={provider.id}>
              <AppLink to={providerUrl(lang, provider.id)} state={fromList}>
                {provider.name}
              </AppLink>
              <span className="map-card__summary">{pickText(provider.summary, lang).text}</span>
              <ProviderOpenBadge provider={provider} open={open} holidayUncertain={holidayUncertain} />
              <QuickContact provider={provider} className="map-card__actions" />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
