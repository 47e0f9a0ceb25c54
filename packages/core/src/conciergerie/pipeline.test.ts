import { describe, expect, it } from "vitest";
import { allowedMoves, canMove, stagesReached } from "./pipeline";

describe("the pipeline", () => {
  it("moves one step at a time, or to closed from any open step", () => {
    expect(allowedMoves("registered")).toEqual(["contacted", "closed"]);
    expect(canMove("registered", "accompanied")).toBe(false);
    expect(canMove("accompanied", "installed")).toBe(true);
    expect(allowedMoves("installed")).toEqual([]);
    expect(allowedMoves("closed")).toEqual([]);
  });

  it("counts every stage a case reached, closed ones included", () => {
    expect(stagesReached("accompanied")).toEqual(["registered", "contacted", "accompanied"]);
    expect(stagesReached("closed", "contacted")).toEqual(["registered", "contacted", "closed"]);
  });
});
