/**
 * How every id is written: provider ids (which are also file names), theme ids and municipality ids.
 * A module of its own, without zod, so the data schema (scripts/) and the browser's URL code can share
 * it without pulling the checker's libraries into the bundle.
 */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
