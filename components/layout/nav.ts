import type { Role } from "@/lib/generated/prisma/enums";

export interface NavItem {
  href: string;
  label: string;
}

/** The public portal: every role may want to see what the public sees (shown after the role's own items). */
export const PORTAL_NAV_ITEM: NavItem = { href: "/gongkai", label: "公开平台" };

/** Navigation per role; pages re-check permissions themselves, this only decides what is shown. */
export const NAV_BY_ROLE: Record<Role, NavItem[]> = {
  OFFICER: [{ href: "/reports", label: "我的决算" }],
  REVIEWER: [
    { href: "/review", label: "审核工作台" },
    { href: "/aggregate", label: "部门汇总" },
  ],
  BUREAU: [
    { href: "/dashboard", label: "进度总览" },
    { href: "/review", label: "审核" },
    { href: "/aggregate", label: "汇总" },
    { href: "/audit", label: "文本核查" },
    { href: "/publications", label: "公开管理" },
    { href: "/admin", label: "系统管理" },
  ],
  ADMIN: [
    { href: "/dashboard", label: "进度总览" },
    { href: "/aggregate", label: "汇总" },
    { href: "/audit", label: "文本核查" },
    { href: "/publications", label: "公开管理" },
    { href: "/admin", label: "系统管理" },
  ],
};

export function homePathFor(role: Role): string {
  return NAV_BY_ROLE[role][0].href;
}
