"use client";

import { useMemo, useState } from "react";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { LEAF_LEVEL, type CodeCatalogue } from "@/lib/catalogue";

const LIMIT = 80;

/**
 * 添加科目: search the year's catalogue by code prefix ("2013101") or name ("行政运行"); only leaf codes
 * are offered (项 in 功能 tables, 款 in 公开06), each with its 类 and 款 so same-named 项 are told apart.
 * ↑/↓ move, Enter adds (or jumps to a row already in the table), Esc closes.
 */
export function CodePicker({
  open,
  catalogue,
  present,
  onPick,
  onClose,
}: {
  open: boolean;
  catalogue: CodeCatalogue;
  present: ReadonlySet<string>;
  onPick: (code: string) => void;
  onClose: () => void;
}) {
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const leaf = LEAF_LEVEL[catalogue.kind];
  const results = useMemo(() => catalogue.search(query.trim(), 2000).filter((e) => e.level === leaf).slice(0, LIMIT), [catalogue, query, leaf]);

  const close = () => {
    setQuery("");
    setActive(0);
    onClose();
  };
  const pick = (code: string) => {
    onPick(code);
    close();
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === "ArrowDown") setActive((i) => Math.min(results.length - 1, i + 1));
    else if (e.key === "ArrowUp") setActive((i) => Math.max(0, i - 1));
    else if (e.key === "Enter" && results[active]) pick(results[active].code);
    else return;
    e.preventDefault();
  };

  return (
    <ModalDialog open={open} title={`添加科目（${catalogue.kind === "ECON" ? "经济分类款级" : "功能分类项级"}）`} onClose={close} width="max-w-2xl" testId="code-picker">
      <input
        data-autofocus
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        placeholder="输入科目编码（如 2013101）或名称（如 行政运行）"
        aria-label="搜索科目"
        role="combobox"
        aria-expanded="true"
        aria-controls="code-picker-results"
        className="w-full rounded border border-gray-300 px-3 py-2 text-sm outline-none focus:border-brand-600 focus:ring-1 focus:ring-brand-600"
      />
      <ul id="code-picker-results" role="listbox" className="mt-2 max-h-[50vh] overflow-y-auto rounded border border-gray-200">
        {results.length === 0 ? <li className="px-3 py-6 text-center text-gray-500">没有匹配的科目。请核对编码；目录中确无该科目时，请联系财政局在年度科目目录中添加。</li> : null}
        {results.map((e, i) => {
          const path = catalogue.ancestorsOf(e.code).map((a) => `${a.code} ${a.name}`).join(" › ");
          return (
            <li
              key={e.code}
              role="option"
              aria-selected={i === active}
              data-code={e.code}
              onMouseEnter={() => setActive(i)}
              onMouseDown={(ev) => {
                ev.preventDefault();
                pick(e.code);
              }}
              className={`cursor-pointer border-b border-gray-100 px-3 py-1.5 last:border-b-0 ${i === active ? "bg-brand-50" : ""}`}
            >
              <span className="num mr-3 inline-block w-16 text-left font-mono text-gray-900">{e.code}</span>
              <span className="text-gray-900">{e.name}</span>
              {present.has(e.code) ? <span className="ml-2 rounded bg-gray-100 px-1 text-xs text-gray-600">已在表中</span> : null}
              {path ? <div className="ml-[4.75rem] text-xs text-gray-500">{path}</div> : null}
            </li>
          );
        })}
      </ul>
      <p className="mt-2 text-xs text-gray-500">↑↓ 选择，Enter 添加，Esc 关闭。添加项级科目后，其所属的款、类自动列示并合计。</p>
    </ModalDialog>
  );
}
