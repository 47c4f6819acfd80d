import type { ButtonHTMLAttributes } from "react";
import Link from "next/link";
import { cn } from "./cn";

// The dark palette (lib/theme/dark-palette.css) turns a disabled 300 background into a deep shade
// under dark text, which reads as "enabled but broken"; grey it out instead.
const DARK_DISABLED = "dark:disabled:bg-slate-100 dark:disabled:text-slate-500";

const VARIANTS = {
  primary: `bg-indigo-600 text-white hover:bg-indigo-700 disabled:bg-indigo-300 ${DARK_DISABLED}`,
  secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50 disabled:text-slate-400",
  danger: `bg-red-600 text-white hover:bg-red-700 disabled:bg-red-300 ${DARK_DISABLED}`,
  ghost: "text-slate-700 hover:bg-slate-100",
} as const;

export type ButtonVariant = keyof typeof VARIANTS;

const base =
  "inline-flex items-center justify-center gap-1.5 rounded-md px-3 py-1.5 text-sm font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:ring-offset-1 disabled:cursor-not-allowed";

export function Button({ variant = "primary", className, type = "button", ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant }) {
  return <button type={type} className={cn(base, VARIANTS[variant], className)} {...props} />;
}

export function ButtonLink({ variant = "primary", className, href, children }: { variant?: ButtonVariant; className?: string; href: string; children: React.ReactNode }) {
  return (
    <Link href={href} className={cn(base, VARIANTS[variant], className)}>
      {children}
    </Link>
  );
}
