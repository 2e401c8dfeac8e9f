/** The benchmark view is realistic (consistent, full size) and checking it is fast. */
import { describe, expect, it } from "vitest";
import { benchCheckView, buildBenchView } from "./bench";
import { checkView } from "./engine";

describe("benchCheckView", () => {
  it("checks a consistent 300 功能 / 200 经济 row derived view in well under 20 ms", () => {
    const view = buildBenchView();
    expect(checkView(view, { all: true })).toEqual([]);
    const result = benchCheckView(15, view);
    expect(result).toMatchObject({ functionRows: 300, economicRows: 200, findings: 0 });
    // Generous bound so a busy CI machine does not flake; the measured median is a few ms.
    expect(result.medianMs).toBeLessThan(60);
  });
});
