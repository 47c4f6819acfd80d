// UI text for the teams pages (English, the reference shape).
export const teams = {};
