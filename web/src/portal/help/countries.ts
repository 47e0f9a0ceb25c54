import { countryName } from "../../conciergerie";

/** Countries many newcomers come from, offered in a list; any other is typed as its code. */
const common = [
  "FR",
  "BE",
  "CH",
  "LU",
  "DE",
  "ES",
  "IT",
  "PT",
  "NL",
  "GB",
  "IE",
  "PL",
  "RO",
  "UA",
  "GR",
  "TR",
  "MA",
  "DZ",
  "TN",
  "SN",
  "CI",
  "CM",
  "CD",
  "LB",
  "SY",
  "AF",
  "IN",
  "CN",
  "VN",
  "BR",
  "CO",
  "US",
  "CA",
];

/** The common countries named in `language`, sorted as a reader of that language expects. */
export function commonCountries(language: string): { value: string; label: string }[] {
  const collator = new Intl.Collator(language);
  return common
    .map((code) => ({ value: code, label: countryName(code, language) }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

export const otherCountry = "other";
