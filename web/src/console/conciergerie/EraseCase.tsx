import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useTRPC } from "../../api";
import { ConfirmButton } from "../../ui/ConfirmButton";
import { FieldError, useFieldErrors } from "../../ui/fieldErrors";
import { useCase } from "./caseContext";

/** An admin erases the household's personal data; the anonymous counts stay. */
export function EraseCase() {
  const { t } = useTranslation("conciergerie");
  const { file } = useCase();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const erase = useMutation(trpc.conciergerie.erase.mutationOptions());
  const { errors, showFailure } = useFieldErrors(["form"]);

  return (
    <section aria-labelledby="erase-heading">
      <h2 id="erase-heading">{t("erase.heading")}</h2>
      <p>{t("erase.intro")}</p>
      <ConfirmButton
        label={t("erase.label")}
        question={t("erase.question")}
        confirm={t("erase.confirm")}
        cancel={t("erase.cancel")}
        pending={erase.isPending}
        onConfirm={() =>
          erase.mutate(
            { caseId: file.case.caseId },
            {
              onSuccess: () => {
                queryClient.removeQueries(trpc.conciergerie.case.queryFilter({ caseId: file.case.caseId }));
                void queryClient.invalidateQueries(trpc.conciergerie.pathFilter());
                navigate("/console/cases", { state: { notice: t("erase.done") } });
              },
              onError: showFailure,
            },
          )
        }
      />
      <FieldError errors={errors} field="form" />
    </section>
  );
}
