import Link from "next/link";

export type ActivityTab = "harian" | "bulanan" | "persetujuan" | "tim";

const TABS: { key: ActivityTab; href: string; label: string; reviewerOnly?: true }[] = [
  { key: "harian", href: "/aktivitas", label: "Harian" },
  { key: "bulanan", href: "/aktivitas/bulan", label: "Bulanan" },
  { key: "persetujuan", href: "/aktivitas/persetujuan", label: "Persetujuan", reviewerOnly: true },
  { key: "tim", href: "/aktivitas/tim", label: "Tim", reviewerOnly: true },
];

/**
 * Sub-navigation of the activity pages. "Persetujuan" and "Tim" are for whoever reviews someone's
 * work (`reviewer`, from lib/server/employees/reviewer isReviewer); the pages check it themselves.
 */
export function ActivityTabs({ current, reviewer }: { current: ActivityTab; reviewer: boolean }) {
  const tabs = TABS.filter((tab) => reviewer || !tab.reviewerOnly);
  return (
    <nav aria-label="Menu aktivitas" className="overflow-x-auto">
      <ul className="flex gap-1 border-b border-slate-200 text-sm">
        {tabs.map((tab) => (
          <li key={tab.key}>
            <Link
              href={tab.href}
              aria-current={tab.key === current ? "page" : undefined}
              className={`block whitespace-nowrap rounded-t-md px-3 py-2 font-medium ${
                tab.key === current ? "border-b-2 border-brand-600 text-brand-700" : "text-slate-600 hover:bg-slate-100"
              }`}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
