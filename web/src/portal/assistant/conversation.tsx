import type { AppRouter } from "@escale/functions/trpc/router";
import { useMutation } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { createContext, type ReactNode, useContext, useState } from "react";
import { useTRPC } from "../../api";
import { usePortalLanguage } from "../language";

export type Reply = inferRouterOutputs<AppRouter>["assistant"]["ask"];
export type Turn = { id: string; question: string; reply: Reply };

const plainKey = "escale.assistant.plain";
const sessionKey = "escale.assistant.session";

/** One id per browser tab: the API counts each visitor's questions, and groups them in its log, by it. */
function sessionId(): string {
  let id = sessionStorage.getItem(sessionKey);
  if (!id) {
    id = crypto.randomUUID();
    sessionStorage.setItem(sessionKey, id);
  }
  return id;
}

function useConversationState() {
  const trpc = useTRPC();
  const language = usePortalLanguage();
  const ask = useMutation(trpc.assistant.ask.mutationOptions());
  const [turns, setTurns] = useState<Turn[]>([]);
  const [draft, setDraft] = useState("");
  const [plainLanguage, setPlain] = useState(() => localStorage.getItem(plainKey) === "1");

  function setPlainLanguage(on: boolean) {
    localStorage.setItem(plainKey, on ? "1" : "0");
    setPlain(on);
  }

  /** Asks; the draft is cleared once answered, and kept on a refusal so it can be fixed and sent again. */
  function send(question: string, onError: (error: unknown) => void) {
    if (ask.isPending) return;
    ask.mutate(
      { question, language, plainLanguage, sessionId: sessionId() },
      {
        onSuccess: (reply) => {
          setTurns((previous) => [...previous, { id: crypto.randomUUID(), question, reply }]);
          setDraft("");
        },
        onError,
      },
    );
  }

  return {
    turns,
    /** The question being answered now, shown in the conversation while the assistant searches. */
    pending: ask.isPending ? ask.variables?.question : undefined,
    send,
    draft,
    setDraft,
    plainLanguage,
    setPlainLanguage,
  };
}

type Conversation = ReturnType<typeof useConversationState>;
const ConversationContext = createContext<Conversation | undefined>(undefined);

/**
 * The visitor's conversation with the assistant, kept above the pages so that it survives
 * following a citation and is the same in the widget and on the full-page chat.
 */
export function ConversationProvider({ children }: { children: ReactNode }) {
  return <ConversationContext value={useConversationState()}>{children}</ConversationContext>;
}

export function useConversation(): Conversation {
  const conversation = useContext(ConversationContext);
  if (!conversation) throw new Error("useConversation outside ConversationProvider");
  return conversation;
}
