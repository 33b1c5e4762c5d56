import { describe, expect, it } from 'vitest';
import { DEFAULT_TILE_URL, tileSource } from './map-config';

describe('the map notice names who sends the map images', () => {
  it('OpenStreetMap, with its server, for the default tiles', () => {
    expect(tileSource(DEFAULT_TILE_URL)).toBe('OpenStreetMap (tile.openstreetmap.org)');
  });

  it('only the host for self-hosted tiles: the build does not know who runs them', () => {
    expect(tileSource('https://kaart.example.org/tiles/{z}/{x}/{y}.png')).toBe('kaart.example.org');
  });
});
