"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import type { NavItem } from "./nav-items";

type Overflow = { before: boolean; after: boolean };

/**
 * The main navigation. On a narrow screen (360 px) its links scroll sideways, and a phone shows no
 * scrollbar: a fade with a chevron on each edge that has more links beyond it says so. The cues are
 * decoration (aria-hidden, not clickable): every link stays in the list for screen readers and the
 * keyboard, and focusing a link scrolls it into view (scroll padding keeps it clear of the fade).
 * The current page's link is scrolled into view when the page opens.
 */
export function NavLinks({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  const listRef = useRef<HTMLUListElement>(null);
  const [overflow, setOverflow] = useState<Overflow>({ before: false, after: false });

  useEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const update = () => {
      const room = list.scrollWidth - list.clientWidth;
      const next = { before: room > 1 && list.scrollLeft > 1, after: room > 1 && list.scrollLeft < room - 1 };
      setOverflow((prev) => (prev.before === next.before && prev.after === next.after ? prev : next));
    };
    const current = list.querySelector<HTMLElement>('[aria-current="page"]')?.parentElement;
    if (current && (current.offsetLeft < list.scrollLeft || current.offsetLeft + current.offsetWidth > list.scrollLeft + list.clientWidth)) {
      list.scrollLeft = current.offsetLeft - 48;
    }
    update();
    list.addEventListener("scroll", update, { passive: true });
    const resize = new ResizeObserver(update);
    resize.observe(list);
    return () => {
      list.removeEventListener("scroll", update);
      resize.disconnect();
    };
  }, [pathname]);

  const cue = "pointer-events-none absolute inset-y-0 flex w-12 items-center text-2xl leading-none font-bold text-white transition-opacity";
  return (
    <div className="relative mx-auto max-w-6xl" data-testid="main-nav" data-overflow-before={overflow.before || undefined} data-overflow-after={overflow.after || undefined}>
      <ul ref={listRef} className="relative flex gap-1 overflow-x-auto scroll-px-12 px-2 text-sm">
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
      <span aria-hidden="true" data-testid="nav-more-before" className={`${cue} left-0 justify-start bg-linear-to-r from-brand-800 from-45% to-transparent pl-1.5 ${overflow.before ? "opacity-100" : "invisible opacity-0"}`}>
        ‹
      </span>
      <span aria-hidden="true" data-testid="nav-more-after" className={`${cue} right-0 justify-end bg-linear-to-l from-brand-800 from-45% to-transparent pr-1.5 ${overflow.after ? "opacity-100" : "invisible opacity-0"}`}>
        ›
      </span>
    </div>
  );
}
