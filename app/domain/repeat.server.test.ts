import { describe, expect, it } from "vitest";
import { repeatEvery } from "./repeat.server";

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("repeatEvery", () => {
  it("runs at once, again after each run, never two at a time, and goes on after a failure", async () => {
    let active = 0;
    let overlapped = false;
    let runs = 0;
    const errors: unknown[] = [];
    const stop = repeatEvery(
      5,
      async () => {
        runs += 1;
        active += 1;
        if (active > 1) overlapped = true;
        await tick(10);
        active -= 1;
        if (runs === 2) throw new Error("second run fails");
      },
      (error) => errors.push(error),
    );
    await tick(80);
    await stop();
    expect(runs).toBeGreaterThanOrEqual(3);
    expect(overlapped).toBe(false);
    expect(errors).toHaveLength(1);
  });

  it("waits for the run in progress when stopped, and tells a long run to end early", async () => {
    let finished = false;
    let sawStop = false;
    const stop = repeatEvery(
      1000,
      async (isStopped) => {
        for (let step = 0; step < 50 && !isStopped(); step++) await tick(5);
        sawStop = isStopped();
        finished = true;
      },
      () => {},
    );
    await tick(20);
    await stop();
    expect(finished).toBe(true);
    expect(sawStop).toBe(true);
  });
});
