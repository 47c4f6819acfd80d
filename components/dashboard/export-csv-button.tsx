"use client";
import { useI18n } from "@/lib/i18n/client";
import { fmt } from "@/lib/i18n/format";
import { csvFileName, toCsv, type CsvCell } from "@/lib/csv";
import { Button } from "@/components/ui/button";

type Props = {
  /** The table's title: names the file and the button for screen readers. */
  title: string;
  /** File name stem in ASCII (a translated title may have no ASCII at all). */
  fileName: string;
  header: string[];
  rows: () => CsvCell[][];
  disabled?: boolean;
};

/** Downloads a dashboard table as CSV, built in the browser from the data already shown. */
export function ExportCsvButton({ title, fileName, header, rows, disabled }: Props) {
  const { m } = useI18n();
  const download = () => {
    const blob = new Blob([toCsv(header, rows())], { type: "text/csv;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = csvFileName(fileName);
    document.body.append(a);
    a.click();
    a.remove();
    // Revoked on the next task: some browsers start the download only after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  return (
    <Button variant="secondary" className="px-2 py-1 text-xs print:hidden" onClick={download} disabled={disabled}
      aria-label={fmt(m.dashboard.actions.exportCsvOf, { title })}>
      {m.dashboard.actions.exportCsv}
    </Button>
  );
}
