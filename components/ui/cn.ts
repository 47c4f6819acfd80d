import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

/** Joins class names; a later Tailwind class wins over a conflicting earlier one (e.g. w-64 over w-full). */
export const cn = (...values: ClassValue[]) => twMerge(clsx(values));
