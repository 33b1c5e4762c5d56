import { createContext, startTransition, useContext, useEffect, useState, type ReactNode } from 'react';

/**
 * Whether the app runs: false while a page is prerendered and while the browser's first render takes that
 * HTML over (hydration); true once the app runs. Outside a provider: true in a browser (a page the browser
 * renders itself, a component test), false without one (HTML written at build time).
 */
const HydratedContext = createContext<boolean>(typeof window !== 'undefined');

/**
 * Wraps the app. With `hydrating`, it starts as the prerendered HTML was written and turns live right
 * after hydration, as a transition: React renders what changes then (enabled controls, "open now", today's
 * date) in small pieces between which the browser can answer a tap, instead of one long task on a cheap
 * phone (issue 13). Effects do not run while prerendering, so there it stays false.
 */
export function HydratedProvider({ hydrating = false, children }: { hydrating?: boolean; children: ReactNode }) {
  const [hydrated, setHydrated] = useState(!hydrating);
  useEffect(() => {
    if (!hydrated) startTransition(() => setHydrated(true));
  }, [hydrated]);
  return <HydratedContext.Provider value={hydrated}>{children}</HydratedContext.Provider>;
}

/**
 * False while a page is prerendered and while the browser's first render takes that HTML over; true
 * once the app runs. Controls that only work with the app (the search box, the filters) are disabled
 * until then, so a tap on them before the page is live is not silently lost: the browser shows them as
 * not ready yet, and without JavaScript they stay so while the links keep working.
 */
export function useHydrated(): boolean {
  return useContext(HydratedContext);
}
