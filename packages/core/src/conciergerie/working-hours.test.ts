import { describe, expect, it } from "vitest";
import { addWorkingHours } from "./working-hours";

// Paris is UTC+1 in winter: 9:00 local is 08:00Z.
describe("working hours", () => {
  it("counts within a working day", () => {
    expect(addWorkingHours(new Date("2026-11-23T09:00:00Z"), 2).toISOString()).toBe("2026-11-23T11:00:00.000Z");
  });

  it("carries over the night", () => {
    expect(addWorkingHours(new Date("2026-11-23T15:00:00Z"), 2).toISOString()).toBe("2026-11-24T09:00:00.000Z");
  });

  it("skips the weekend: Friday evening plus 16 hours is Tuesday evening", () => {
    expect(addWorkingHours(new Date("2026-11-27T19:00:00Z"), 16).toISOString()).toBe("2026-12-01T16:00:00.000Z");
  });

  it("starts a request sent at night at the next opening", () => {
    expect(addWorkingHours(new Date("2026-11-24T02:00:00Z"), 1).toISOString()).toBe("2026-11-24T09:00:00.000Z");
  });
});
