/**
 * A link to another view of the app. React Router's own hooks for custom links give it the same href and
 * click behaviour as React Router's <Link>: a plain click navigates in the app, a click with Ctrl, Cmd or
 * Shift, a middle click or a link with a target is left to the browser (a new tab, a new window).
 *
 * Why not <Link> itself: it brings prefetching and the data routers' code (framework mode), which this
 * static app never uses, and that weighed 4 KB gzip in every first view (issue 13). eslint.config.js
 * refuses React Router's Link and NavLink, so they do not come back unnoticed.
 */
import type { AnchorHTMLAttributes } from 'react';
import { useHref, useLinkClickHandler } from 'react-router';

export interface AppLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /** An address the URL builders in routing/urls.ts made. */
  to: string;
  /** History state for the new entry (where the young person came from: routing/back-to-list.ts). */
  state?: unknown;
  /** Keep the scroll position (the list/map switch), as React Router's option of that name. */
  preventScrollReset?: boolean;
}

export function AppLink({ to, state, preventScrollReset, onClick, target, children, ...anchor }: AppLinkProps) {
  const href = useHref(to);
  const navigate = useLinkClickHandler(to, { state, preventScrollReset, target });
  return (
    <a
      {...anchor}
      href={href}
      target={target}
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented) navigate(event);
      }}
    >
      {children}
    </a>
  );
}
