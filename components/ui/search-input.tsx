"use client";
import { useEffect, useState } from "react";
import { Input } from "./field";

/** A search box that reports its value after the user pauses typing (250 ms). */
export function SearchInput({ value, onChange, label, placeholder }: { value: string; onChange: (v: string) => void; label: string; placeholder?: string }) {
  const [text, setText] = useState(value);
  // When the value changes from outside (e.g. "clear filters"), show it: adjust during render.
  const [outside, setOutside] = useState(value);
  if (outside !== value) {
    setOutside(value);
    setText(value);
  }
  useEffect(() => {
    if (text === value) return;
    const t = setTimeout(() => onChange(text), 250);
    return () => clearTimeout(t);
  }, [text, value, onChange]);
  return (
    <Input type="search" aria-label={label} placeholder={placeholder ?? label} value={text} className="w-64"
      onChange={(e) => setText(e.target.value)} onKeyDown={(e) => e.key === "Enter" && onChange(text)} />
  );
}
