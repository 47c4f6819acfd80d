// Types for plural.mjs.
export function lastWord(segment: string): string;
export function isPlural(word: string): boolean;
