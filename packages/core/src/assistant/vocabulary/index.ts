import type { Concept } from "../concepts";
import { civic } from "./civic";
import { everyday } from "./everyday";
import { family } from "./family";
import { health } from "./health";
import { housing } from "./housing";
import { leisure } from "./leisure";
import { mobility } from "./mobility";
import { work } from "./work";

export { olderAge } from "./everyday";

/** Every topic the assistant recognises, in every language it answers. */
export const vocabulary: readonly Concept[] = [
  ...housing,
  ...work,
  ...family,
  ...health,
  ...mobility,
  ...civic,
  ...leisure,
  ...everyday,
];

export const conceptById: ReadonlyMap<string, Concept> = new Map(vocabulary.map((concept) => [concept.id, concept]));
