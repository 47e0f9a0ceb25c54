import { QueryClientProvider } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { type Auth, createApi, TRPCProvider } from "./api";

export function ApiProvider({ auth, children }: { auth?: Auth; children: ReactNode }) {
  const [{ queryClient, trpcClient }] = useState(() => createApi(auth));
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
