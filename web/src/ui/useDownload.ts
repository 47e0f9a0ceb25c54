import { useState } from "react";
import { download } from "./download";

type MadeFile = { name: string; content: BlobPart; type: string };

/** Asks the API for a file, then hands it to the browser; says whether that is under way or failed. */
export function useDownload() {
  const [state, setState] = useState<"idle" | "pending" | "failed">("idle");
  async function save(make: () => Promise<MadeFile>) {
    if (state === "pending") return;
    setState("pending");
    try {
      const file = await make();
      download(file.name, file.content, file.type);
      setState("idle");
    } catch {
      setState("failed");
    }
  }
  return { save, pending: state === "pending", failed: state === "failed" };
}
