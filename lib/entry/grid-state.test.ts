import { describe, expect, it } from "vitest";
import { canStartSave, currentAtoms, currentRows, currentValue, gridReducer, initialGridState, isDirty, saveRequest, type GridAction, type GridState } from "./grid-state";

const A = "T03|2013101|basic";
const B = "T03|2013101|project";
const C = "T05|2013101|basic";

function run(state: GridState, ...actions: GridAction[]): GridState {
  return actions.reduce(gridReducer, state);
}

const start = () => initialGridState({ [A]: { value: "100.00", version: 3 } }, ["T03|2013101"]);
const edit = (key: string, value: string | null): GridAction => ({ type: "edit", cells: [{ key, value }] });

describe("grid state: batching", () => {
  it("collects edits into one batch sent with each cell's base version", () => {
    const s = run(start(), edit(A, "200.00"), edit(B, "5.00"), edit(B, "6.00"), { type: "saveStarted" });
    expect(s.status).toBe("saving");
    expect(saveRequest(s)).toEqual({
      cells: [
        { table: "T03", row: "2013101", column: "basic", value: "200.00", baseVersion: 3 },
        { table: "T03", row: "2013101", column: "project", value: "6.00", baseVersion: null },
      ],
      rows: [],
    });
    expect(s.pending).toEqual({ cells: {}, rows: {} });
  });

  it("drops an edit that restores the stored value, and a clear of a blank cell", () => {
    const s = run(start(), edit(A, "200.00"), edit(A, "100"), edit(B, null));
    expect(isDirty(s)).toBe(false);
    expect(canStartSave(s)).toBe(false);
  });

  it("shows pending over inflight over stored", () => {
    let s = run(start(), edit(A, "200.00"), { type: "saveStarted" });
    expect(currentValue(s, A)).toBe("200.00");
    s = run(s, edit(A, "300.00"));
    expect(currentValue(s, A)).toBe("300.00");
    expect(currentAtoms(s).get(A)).toBe("300.00");
    expect(canStartSave(s)).toBe(false); // one request at a time
  });

  it("after a save, sends edits typed meanwhile on the new versions", () => {
    let s = run(start(), edit(A, "200.00"), { type: "saveStarted" }, edit(A, "300.00"));
    s = run(s, { type: "saveSucceeded", saved: [{ table: "T03", row: "2013101", column: "basic", value: "200.00", version: 4 }] });
    expect(s.status).toBe("saved");
    expect(s.stored[A]).toEqual({ value: "200.00", version: 4 });
    s = run(s, { type: "saveStarted" });
    expect(saveRequest(s).cells).toEqual([{ table: "T03", row: "2013101", column: "basic", value: "300.00", baseVersion: 4 }]);
  });

  it("forgets an edit typed during a save when it equals what was saved", () => {
    let s = run(start(), edit(A, "200.00"), { type: "saveStarted" }, edit(A, "100.00"), edit(A, "200.00"));
    s = run(s, { type: "saveSucceeded", saved: [{ table: "T03", row: "2013101", column: "basic", value: "200.00", version: 4 }] });
    expect(isDirty(s)).toBe(false);
  });

  it("removes a cleared cell from the stored values once saved", () => {
    let s = run(start(), edit(A, null), { type: "saveStarted" });
    expect(saveRequest(s).cells[0]).toMatchObject({ value: null, baseVersion: 3 });
    s = run(s, { type: "saveSucceeded", saved: [{ table: "T03", row: "2013101", column: "basic", value: null, version: 0 }] });
    expect(s.stored[A]).toBeUndefined();
    expect(currentAtoms(s).size).toBe(0);
  });
});

describe("grid state: failures keep the officer's input", () => {
  it("puts a failed batch back behind newer edits, ready for retry", () => {
    let s = run(start(), edit(A, "200.00"), edit(B, "1.00"), { type: "saveStarted" }, edit(B, "2.00"));
    s = run(s, { type: "saveFailed", message: "网络中断" });
    expect(s.status).toBe("error");
    expect(s.message).toBe("网络中断");
    expect(s.pending.cells).toEqual({ [A]: "200.00", [B]: "2.00" });
    expect(currentValue(s, A)).toBe("200.00");
    s = run(s, { type: "saveStarted" });
    expect(saveRequest(s).cells.map((c) => c.value)).toEqual(["200.00", "2.00"]);
  });

  it("drops only the cell the server refused", () => {
    let s = run(start(), edit(A, "200.00"), edit(C, "9.00"), { type: "saveStarted" });
    s = run(s, { type: "saveFailed", message: "不在目录中", cell: { table: "T05", row: "2013101", column: "basic" } });
    expect(s.pending.cells).toEqual({ [A]: "200.00" });
  });

  it("on a conflict keeps mine on screen and lets the officer choose per cell", () => {
    let s = run(start(), edit(A, "200.00"), edit(B, "1.00"), { type: "saveStarted" });
    s = run(s, {
      type: "saveConflicted",
      message: "有 1 个单元格已被他人修改",
      conflicts: [{ table: "T03", row: "2013101", column: "basic", theirs: "150.00", theirVersion: 4, by: "李娜", at: null }],
    });
    expect(s.status).toBe("conflict");
    expect(currentValue(s, A)).toBe("200.00");
    expect(canStartSave(s)).toBe(false);
    const mine = run(s, { type: "resolveConflict", key: A, keep: "mine" }, { type: "saveStarted" });
    expect(saveRequest(mine).cells).toContainEqual({ table: "T03", row: "2013101", column: "basic", value: "200.00", baseVersion: 4 });
    const theirs = run(s, { type: "resolveConflict", key: A, keep: "theirs" });
    expect(currentValue(theirs, A)).toBe("150.00");
    expect(theirs.status).toBe("saved");
    expect(theirs.pending.cells).toEqual({ [B]: "1.00" });
  });
});

describe("grid state: code rows", () => {
  it("adds a row, and removing it again before saving leaves nothing to send", () => {
    let s = run(start(), { type: "addRow", table: "T03", row: "2013102" });
    expect(currentRows(s).T03.sort()).toEqual(["2013101", "2013102"]);
    s = run(s, { type: "removeRow", table: "T03", row: "2013102", cellKeys: [] });
    expect(isDirty(s)).toBe(false);
  });

  it("removes a row and clears its figures in the same batch", () => {
    let s = run(start(), edit(B, "1.00"), { type: "removeRow", table: "T03", row: "2013101", cellKeys: [A, B] }, { type: "saveStarted" });
    expect(saveRequest(s)).toEqual({
      cells: [{ table: "T03", row: "2013101", column: "basic", value: null, baseVersion: 3 }],
      rows: [{ table: "T03", row: "2013101", op: "remove" }],
    });
    s = run(s, { type: "saveSucceeded", saved: [{ table: "T03", row: "2013101", column: "basic", value: null, version: 0 }] });
    expect(currentRows(s)).toEqual({});
    expect(s.rows).toEqual({});
  });
});

describe("grid state: autosave after a failure", () => {
  it("resumes when the officer edits again", () => {
    let s = run(start(), edit(A, "200.00"), { type: "saveStarted" }, { type: "saveFailed", message: "网络中断" });
    expect(s.status).toBe("error");
    s = run(s, edit(B, "1.00"));
    expect(s.status).toBe("saved");
    expect(canStartSave(s)).toBe(true);
  });
});
