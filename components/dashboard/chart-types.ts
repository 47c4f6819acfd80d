/** One bar or slice: its label, value, colour and the list it opens. */
export type ChartRow = { key: string; label: string; count: number; color: string; href?: string };
