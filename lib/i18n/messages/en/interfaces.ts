// UI text for the interfaces pages (English, the reference shape).
export const interfaces = {};
