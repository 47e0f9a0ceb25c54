import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { useTRPC } from "../../api";
import { ConfirmButton } from "../../ui/ConfirmButton";
import { FieldError, useFieldErrors } from "../../ui/fieldErrors";
import { useCase } from "./caseContext";

/** An admin erases the household's personal data; the anonymous counts stay. */
export function EraseCase() {
  const { file } = useCase();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const erase = useMutation(trpc.conciergerie.erase.mutationOptions());
  const { errors, showFailure } = useFieldErrors(["form"]);

  return (
    <section aria-labelledby="erase-heading">
      <h2 id="erase-heading">Personal data</h2>
      <p>
        Erasing deletes the household's contact details, household, origin, message, answers, notes, messages and tasks.
        The case stays in the outcome figures, anonymously. This cannot be undone.
      </p>
      <ConfirmButton
        label="Erase personal data"
        question="Erase this household's personal data for good?"
        confirm="Yes, erase it"
        cancel="Cancel"
        pending={erase.isPending}
        onConfirm={() =>
          erase.mutate(
            { caseId: file.case.caseId },
            {
              onSuccess: () => {
                queryClient.removeQueries(trpc.conciergerie.case.queryFilter({ caseId: file.case.caseId }));
                void queryClient.invalidateQueries(trpc.conciergerie.pathFilter());
                navigate("/console/cases", { state: { notice: "The case's personal data was erased." } });
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
