import { describe, expect, it, vi } from "vitest";
import { NotFoundError } from "@/lib/auth/errors";
import { actionFailure, BUSY_MESSAGE } from "./action-result";

describe("actionFailure", () => {
  it("answers an overloaded database (Prisma P2028: no connection within the wait limit) as busy, to retry", () => {
    const error = Object.assign(new Error("Transaction API error: Unable to start a transaction in the given time."), { code: "P2028" });
    expect(actionFailure(error)).toEqual({ ok: false, message: BUSY_MESSAGE });
  });

  it("keeps domain messages and hides anything else behind the generic one", () => {
    expect(actionFailure(new NotFoundError("未找到该决算报表，或您无权查看。"))).toEqual({ ok: false, message: "未找到该决算报表，或您无权查看。" });
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(actionFailure(new Error("boom")).message).toMatch(/^服务器出错/u);
    log.mockRestore();
  });
});
