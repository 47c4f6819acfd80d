// UI text for the people pages (English, the reference shape).
export const people = {};
