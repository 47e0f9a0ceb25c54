import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useTRPC } from "../../api";
import { Loading } from "../../ui/Loading";
import { BienvenuePage, useTenantLanguages } from "./BienvenuePage";
import { EventForm, emptyEvent, eventInput } from "./EventForm";

export function NewEventPage() {
  const { t } = useTranslation("bienvenue");
  const trpc = useTRPC();
  const navigate = useNavigate();
  const { ready } = useTenantLanguages();
  const create = useMutation(trpc.bienvenueConsole.createEvent.mutationOptions());
  return (
    <BienvenuePage title={t("events.new")}>
      {ready ? (
        <EventForm
          initial={emptyEvent}
          submit={t("eventForm.create")}
          pending={create.isPending}
          onSubmit={async (draft) => {
            const event = await create.mutateAsync(eventInput(draft));
            await navigate(`/console/bienvenue/events/${event.id}`);
          }}
        />
      ) : (
        <Loading />
      )}
    </BienvenuePage>
  );
}
