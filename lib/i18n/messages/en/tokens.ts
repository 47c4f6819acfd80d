// UI text for the tokens pages (English, the reference shape).
export const tokens = {};
