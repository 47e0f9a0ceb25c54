import { direction } from "../languages";

/**
 * HTML that the API rendered from Markdown and sanitised (an allow-list of tags and attributes,
 * no script, no event handler), in `lang`. The only way the app puts HTML into a page: never
 * give it anything else.
 */
export function SanitisedHtml({ html, className, lang }: { html: string; className: string; lang: string }) {
  return (
    // biome-ignore lint/security/noDangerouslySetInnerHtml: only the API's sanitised HTML comes here (see above).
    <div className={className} lang={lang} dir={direction(lang)} dangerouslySetInnerHTML={{ __html: html }} />
  );
}
