"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";

/**
 * A button that runs one server action (open a year, retire a code, disable an account…), asks first
 * when the change matters, and shows the server's message next to it when it refuses.
 */
export function ActionButton<T>({
  action,
  label,
  confirm,
  variant = "secondary",
  onDone,
  testId,
}: {
  action: () => Promise<ActionResult<T>>;
  label: string;
  confirm?: string;
  variant?: "primary" | "secondary" | "danger" | "ghost";
  onDone?: (data: T) => void;
  testId?: string;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex items-center gap-2">
      <Button
        type="button"
        variant={variant}
        className="px-2 py-1 text-xs"
        disabled={pending}
        data-testid={testId}
        onClick={() => {
          if (confirm && !window.confirm(confirm)) return;
          setError(null);
          start(async () => {
            const result = await action();
            if (!result.ok) setError(result.message);
            else {
              onDone?.(result.data);
              router.refresh();
            }
          });
        }}
      >
        {pending ? "处理中…" : label}
      </Button>
      {error ? (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
