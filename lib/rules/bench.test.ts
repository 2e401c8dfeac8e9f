/**
 * The benchmark view is realistic (consistent, full size) and the bench reports on it. Its speed is judged
 * by `npm run bench` against the target, never by a timeout here: a test on a loaded machine must not flake.
 */
import { describe, expect, it } from "vitest";
import { benchCheckView, buildBenchView } from "./bench";
import { checkView } from "./engine";

describe("benchCheckView", () => {
  it("measures a consistent 300 功能 / 200 经济 row derived view", () => {
    const view = buildBenchView();
    expect(checkView(view, { all: true })).toEqual([]);
    const result = benchCheckView(15, view);
    expect(result).toMatchObject({ functionRows: 300, economicRows: 200, findings: 0 });
    expect(result.medianMs).toBeGreaterThan(0);
  });
});
