"use client";

import { Button } from "@/components/ui/button";

/** "Cetak": the browser's print dialog; the print stylesheet hides navigation and forms. */
export function PrintButton({ label = "Cetak" }: { label?: string }) {
  return (
    <Button type="button" variant="secondary" className="no-print" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
