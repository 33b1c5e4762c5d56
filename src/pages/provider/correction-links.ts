/**
 * The two ways a young person reports a mistake on a provider page ("Klopt er iets niet?"):
 * - GitHub's issue form (.github/ISSUE_TEMPLATE/correctie.yml), with the provider and the page filled
 *   in, so staff get it in the same place as the data and can answer with a pull request;
 * - an e-mail to ELZ Herkenrode, for everyone without a GitHub account.
 * The form's field ids are named here once; a test checks the form file has them.
 */

/** Where corrections go by e-mail: ELZ Herkenrode's general address. */
export const CORRECTIONS_EMAIL = 'info@elzherkenrode.be';

/** The issue form and the ids of the fields the link fills in. */
export const CORRECTION_FORM = {
  file: 'correctie.yml',
  /** The form is Dutch, for staff; its title starts the same way whichever language the page had. */
  titlePrefix: 'Klopt niet: ',
  fields: { provider: 'aanbieder', page: 'pagina' },
} as const;

export interface ReportedProvider {
  id: string;
  name: string;
  /** The full address of the provider page the young person was on. */
  pageUrl: string;
}

/** The new-issue link with the form chosen and the provider prefilled; undefined without a repository. */
export function issueFormUrl(repository: string | undefined, provider: ReportedProvider): string | undefined {
  if (!repository) return undefined;
  const url = new URL(`https://github.com/${repository}/issues/new`);
  url.searchParams.set('template', CORRECTION_FORM.file);
  url.searchParams.set('title', `${CORRECTION_FORM.titlePrefix}${provider.name}`);
  url.searchParams.set(CORRECTION_FORM.fields.provider, `${provider.name} (${provider.id})`);
  url.searchParams.set(CORRECTION_FORM.fields.page, provider.pageUrl);
  return url.href;
}

/** A mailto: link with subject and a first line; the address stays plain (see shared/safe-href.ts). */
export function correctionMailUrl(subject: string, body: string): string {
  return `mailto:${CORRECTIONS_EMAIL}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
