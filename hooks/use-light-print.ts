"use client";
import { useEffect } from "react";
import { DARK_CLASS } from "@/lib/theme/theme";

/**
 * Paper is white: while the page prints (the Print button or the browser's own), the dark
 * palette is lifted, so text prints dark on white instead of light text on no background
 * (browsers drop backgrounds when printing). The theme class is put back afterwards.
 */
export function useLightPrint() {
  useEffect(() => {
    const root = document.documentElement;
    let lifted = false;
    const before = () => {
      lifted = root.classList.contains(DARK_CLASS);
      if (lifted) root.classList.remove(DARK_CLASS);
    };
    const after = () => {
      if (lifted) root.classList.add(DARK_CLASS);
      lifted = false;
    };
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      after();
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, []);
}
