import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { staffLocale } from "./i18n";

/**
 * Dates, instants and numbers as the console writes them, in the staff member's language:
 * "3 mars 2027" in French, "3 Mar 2027" in English.
 */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = staffLocale(i18n.language);
  return useMemo(() => {
    const day = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
    const moment = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
    const month = new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" });
    const number = new Intl.NumberFormat(locale);
    const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
    const list = new Intl.ListFormat(locale, { type: "conjunction" });
    return {
      locale,
      day: (iso: string) => day.format(new Date(iso)),
      moment: (iso: string) => moment.format(new Date(iso)),
      /** "mars 2027" from a cohort, "2027-03". */
      month: (cohort: string) => month.format(new Date(`${cohort}-01T00:00:00Z`)),
      number: (value: number) => number.format(value),
      /** A share as a whole percentage: 0.42 → "42 %". */
      percent: (share: number) => percent.format(share),
      /** "4 et 9", "4 and 9". */
      list: (items: (string | number)[]) => list.format(items.map(String)),
    };
  }, [locale]);
}

/** Today as YYYY-MM-DD in the browser's time zone, for date inputs. */
export function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}
