import { contracts, jobFields } from "@escale/core/employers/vocabulary";
import { useTranslation } from "react-i18next";

/** Job fields and contracts in the console's words, as lists for drop-downs. */
export function useJobLabels() {
  const { t } = useTranslation("employers-console");
  return {
    field: (code: string) => t(`fields.${code}`, { defaultValue: code }),
    contract: (code: string) => t(`contracts.${code}`, { defaultValue: code }),
    fieldChoices: jobFields.map((value) => ({ value, label: t(`fields.${value}`) })),
    contractChoices: contracts.map((value) => ({ value, label: t(`contracts.${value}`) })),
  };
}
