import { useEffect } from 'react';

/** Each page says what it is in the browser tab and to screen readers: "Pesten · Zonhoven – Hulp HUB" (pages/page-meta.ts). */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
