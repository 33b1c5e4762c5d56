/** After this many months without a check, staff are asked to re-check a provider and the page warns. */
export const STALE_AFTER_MONTHS = 12;
