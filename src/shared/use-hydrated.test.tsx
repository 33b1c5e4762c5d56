// @vitest-environment jsdom
import { act, startTransition } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useNow } from '../catalogue/use-now';
import { HydratedProvider, useHydrated } from './use-hydrated';

/** What the prerendered HTML and the app must agree on while hydrating, then change once live. */
function Probe() {
  const hydrated = useHydrated();
  const now = useNow();
  return <p>{`${hydrated ? 'live' : 'not live'}, ${now ? 'with a clock' : 'no clock'}`}</p>;
}

// act() without Testing Library (which hydrates nothing): tell React this is a test. A hydration
// mismatch would show as console output, which fails the test (tests/setup/fail-on-console.ts).
beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});
afterEach(() => {
  document.body.innerHTML = '';
});

describe('taking a prerendered page over', () => {
  it('renders as the prerender did while hydrating (no mismatch), then turns live with the clock', async () => {
    const html = renderToString(
      <HydratedProvider hydrating>
        <Probe />
      </HydratedProvider>,
    );
    expect(html).toContain('not live, no clock');

    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const recoverable: unknown[] = [];
    await act(async () => {
      startTransition(() => {
        hydrateRoot(
          container,
          <HydratedProvider hydrating>
            <Probe />
          </HydratedProvider>,
          { onRecoverableError: (error) => recoverable.push(error) },
        );
      });
    });
    expect(container.textContent).toBe('live, with a clock');
    expect(recoverable).toEqual([]);
  });

  it('is live with a clock at once when the app renders a page itself (in a browser, without a provider)', () => {
    expect(renderToString(<Probe />)).toContain('live, with a clock');
  });
});
