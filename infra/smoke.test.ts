import { it } from "vitest";
import { synth } from "./testing";
it("synths", async () => {
  const t0 = Date.now();
  const r = await synth("prod", { domain: "escale.example" });
  console.log("prod", Date.now() - t0);
  console.log(JSON.stringify(r.api.toJSON()).length);
  const t1 = Date.now();
  const d = await synth("dev");
  console.log("dev", Date.now() - t1);
  const fs = await import("node:fs");
  fs.writeFileSync("/tmp/api-prod.json", JSON.stringify(r.api.toJSON(), null, 2));
  fs.writeFileSync("/tmp/storage-prod.json", JSON.stringify(r.storage.toJSON(), null, 2));
  fs.writeFileSync("/tmp/jobs-prod.json", JSON.stringify(r.jobs.toJSON(), null, 2));
  fs.writeFileSync("/tmp/api-dev.json", JSON.stringify(d.api.toJSON(), null, 2));
  fs.writeFileSync("/tmp/storage-dev.json", JSON.stringify(d.storage.toJSON(), null, 2));
});
