"use client";

/**
 * Autosave with optimistic concurrency. Changes are saved after a short pause; one save is in flight at a
 * time and edits made meanwhile are saved next. The version the editor last saw goes with every save; a
 * stale save comes back as a conflict carrying the other person's data, and autosave stops until the
 * officer chooses (keep mine: save again on their version; take theirs: reset). Nothing typed is lost:
 * a failed save keeps the input on the page and offers a retry.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { ActionResult } from "@/lib/performance/action-result";

export type SaveState = "saved" | "dirty" | "saving" | "invalid" | "error" | "conflict";

export interface AutosaveOptions<T, R, C> {
  initialVersion: number;
  enabled: boolean;
  /** Send the data with the base version; the action's result. */
  save: (data: T, baseVersion: number) => Promise<ActionResult<R>>;
  /** The stored version from a successful result. */
  versionOf: (result: R) => number;
  /** Extract the other person's data from a conflict's detail. */
  conflictOf: (detail: unknown) => C | null;
  delayMs?: number;
}

export function useAutosave<T, R, C>(opts: AutosaveOptions<T, R, C>) {
  const { enabled, delayMs = 800 } = opts;
  const [state, setState] = useState<SaveState>("saved");
  const [message, setMessage] = useState<string | null>(null);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [conflict, setConflict] = useState<C | null>(null);
  const version = useRef(opts.initialVersion);
  const pending = useRef<T | null>(null);
  const inFlight = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const stateRef = useRef<SaveState>("saved");
  const latest = useRef(opts);
  useEffect(() => {
    latest.current = opts;
  });

  const setBoth = (s: SaveState) => {
    stateRef.current = s;
    setState(s);
  };

  /** Save what is pending, then whatever was typed meanwhile, until nothing is left or a save fails. */
  const flush = useCallback(async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    try {
      while (pending.current !== null && stateRef.current !== "conflict") {
        const data = pending.current;
        pending.current = null;
        setBoth("saving");
        let result: ActionResult<R>;
        try {
          result = await latest.current.save(data, version.current);
        } catch {
          result = { ok: false, message: "网络中断或服务器无响应，您的输入仍在页面上。" };
        }
        if (result.ok) {
          version.current = latest.current.versionOf(result.data);
          setSavedAt(new Date());
          setMessage(null);
          setBoth(pending.current === null ? "saved" : "dirty");
          continue;
        }
        pending.current ??= data;
        setMessage(result.message);
        if (result.conflict) {
          setConflict(latest.current.conflictOf(result.conflict));
          setBoth("conflict");
        } else {
          setBoth("error");
        }
        break;
      }
    } finally {
      inFlight.current = false;
    }
  }, []);

  /** Queue the latest data; pass `valid: false` while the form has input errors (nothing is sent then). */
  const schedule = useCallback(
    (data: T, valid: boolean) => {
      if (!latest.current.enabled || stateRef.current === "conflict") return;
      if (timer.current) clearTimeout(timer.current);
      if (!valid) {
        pending.current = null;
        setBoth("invalid");
        return;
      }
      pending.current = data;
      if (stateRef.current !== "saving") setBoth("dirty");
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [delayMs, flush],
  );

  const retry = useCallback(() => {
    if (stateRef.current === "error") setBoth("dirty");
    void flush();
  }, [flush]);

  /** After a conflict: keep my data, saving it on top of the version the other person saved. */
  const keepMine = useCallback(
    (theirVersion: number) => {
      version.current = theirVersion;
      setConflict(null);
      setBoth("dirty");
      void flush();
    },
    [flush],
  );

  /** After a conflict: drop my pending data and continue from theirs. */
  const takeTheirs = useCallback((theirVersion: number) => {
    version.current = theirVersion;
    pending.current = null;
    setConflict(null);
    setMessage(null);
    setBoth("saved");
  }, []);

  useEffect(() => {
    if (!enabled) return;
    const warn = (e: BeforeUnloadEvent) => {
      if (stateRef.current !== "saved") e.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [enabled]);

  return { state, message, savedAt, conflict, schedule, retry, keepMine, takeTheirs };
}
