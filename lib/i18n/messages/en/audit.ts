// UI text for the audit pages (English, the reference shape).
export const audit = {};
