import * as Flyers from "@escale/core/bienvenue/flyers";
import { router, staffProcedure } from "./init";

/** Printable flyers per channel, downloaded by staff as base64 PDF. */
export const flyersRouter = router({
  download: staffProcedure.input(Flyers.download.schema).query(({ input }) => Flyers.download(input)),
});
