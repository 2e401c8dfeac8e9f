"use client";

/**
 * Unsaved edits must not vanish when the officer leaves the page. Closing or reloading the tab asks the
 * browser's own question (beforeunload). Following a link inside the app (a table tab, the header menu)
 * first saves: the click is held, the pending edits are sent at once, and the navigation happens when
 * the save has landed; if it fails, the officer stays and sees why.
 */
import { useEffect, useRef } from "react";
import { useRouter } from "next/navigation";

export function useLeaveGuard(dirty: boolean, saving: boolean, failed: boolean, flush: () => void) {
  const router = useRouter();
  const target = useRef<string | null>(null);

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = "";
    };
    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const link = (e.target as Element | null)?.closest?.("a[href]") as HTMLAnchorElement | null;
      if (!link || link.target === "_blank" || link.hasAttribute("download")) return;
      const url = new URL(link.href, window.location.href);
      if (url.origin !== window.location.origin) return;
      // Links within the table pages keep the page state (same layout): nothing is lost, no need to wait.
      if (url.pathname.startsWith(window.location.pathname.replace(/\/tables\/.*$/u, "/tables/"))) return;
      e.preventDefault();
      e.stopPropagation();
      target.current = url.pathname + url.search;
      flush();
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [dirty, flush]);

  // Navigate once the held save has landed; drop the target if it failed (the pill says why).
  useEffect(() => {
    if (!target.current || saving) return;
    if (failed) target.current = null;
    else if (!dirty) {
      const href = target.current;
      target.current = null;
      router.push(href);
    }
  }, [dirty, saving, failed, router]);
}
