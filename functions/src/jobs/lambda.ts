import { runAll } from "./index";

export async function handler() {
  const summaries = await runAll();
  console.log(JSON.stringify({ jobs: summaries }));
}
