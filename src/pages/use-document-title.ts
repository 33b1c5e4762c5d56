import { useEffect } from 'react';

/** Each page says what it is in the browser tab and to screen readers: "Pesten in Zonhoven – Hulp HUB". */
export function useDocumentTitle(title: string | undefined) {
  useEffect(() => {
    document.title = title ? `${title} – Hulp HUB` : 'Hulp HUB';
  }, [title]);
}
