import { channelTypes, needProgress, needs } from "@escale/core/conciergerie/needs";
import { closeReasons, statuses } from "@escale/core/conciergerie/pipeline";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";

/** The Conciergerie's code lists, from core; their words are in the `conciergerie` catalog under the same names. */
const lists = { needs, statuses, progress: needProgress, closeReasons, channelTypes };
type Kind = keyof typeof lists;

/** The console's words for the Conciergerie's codes ("job" → "Emploi"), and choices for a select, in core's order. */
export function useLabels() {
  const { t } = useTranslation("conciergerie");
  return useMemo(() => {
    const label = (kind: Kind, code: string) => t(`${kind}.${code}`, { defaultValue: code });
    const choices = <K extends Kind>(kind: K) =>
      lists[kind].map((value) => ({ value: value as (typeof lists)[K][number], label: label(kind, value) }));
    return { label, choices };
  }, [t]);
}
