"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { NavItem } from "./nav-items";

export function NavLinks({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  return (
    <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2 text-sm">
      {items.map((item) => {
        const active = item.href === "/" ? pathname === "/" : pathname.startsWith(item.href);
        return (
          <li key={item.href} className="shrink-0">
            <Link
              href={item.href}
              aria-current={active ? "page" : undefined}
              className={`block px-3 py-2.5 font-medium ${active ? "border-b-2 border-accent-500 text-white" : "text-brand-100 hover:text-white"}`}
            >
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
