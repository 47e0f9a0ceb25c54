import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api";

/** The territory's channels, and a way to name a case's channel from its code. */
export function useChannels() {
  const { t } = useTranslation("conciergerie");
  const trpc = useTRPC();
  const query = useQuery(trpc.conciergerie.channels.queryOptions());
  const names = new Map((query.data ?? []).map((channel) => [channel.code, channel.name]));
  return {
    query,
    channels: query.data ?? [],
    /** The channel's name, its code while the list loads, or "Direct" for a case that came by itself. */
    name: (code: string | null | undefined) => (code && code !== "none" ? (names.get(code) ?? code) : t("direct")),
  };
}

/** Team members who may work cases: the people a case or a task can be given to. */
export function useAgents(): string[] {
  const trpc = useTRPC();
  const team = useQuery(trpc.team.list.queryOptions());
  return (team.data?.members ?? [])
    .filter((member) => member.role === "owner" || member.role === "admin" || member.role === "agent")
    .map((member) => member.email);
}
