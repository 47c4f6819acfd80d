// UI text for the systems pages (English, the reference shape).
export const systems = {};
