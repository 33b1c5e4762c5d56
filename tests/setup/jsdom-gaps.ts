/** jsdom does not scroll; React Router's ScrollRestoration calls scrollTo on navigation. */
if (typeof window !== 'undefined') window.scrollTo = () => {};
