// @ts-check
// English plural detection for resource names, good enough for API paths: a heuristic, not a
// dictionary. "pets", "categories", "people" are plural; "pet", "status", "analysis" are not.

// Plurals that do not end in s, and uncountable words that serve as collection names.
const IRREGULAR_PLURALS = new Set([
  "people", "children", "men", "women", "mice", "geese", "feet", "teeth", "data", "media", "criteria",
  "phenomena", "indices", "matrices", "vertices", "appendices", "alumni", "cacti", "fungi", "nuclei", "radii",
  "stimuli", "syllabi", "series", "species", "news", "sheep", "fish", "deer", "aircraft", "metadata", "info",
  "feedback", "equipment", "software", "hardware", "staff", "personnel",
]);
// Singular words ending in s ("status", "analysis", "address", "bus") are caught by their endings.
const SINGULAR_ENDINGS = ["ss", "us", "is"];

/** The last word of a path segment: "playlist-items" → "items", "userGroups" → "groups". */
export function lastWord(/** @type {string} */ segment) {
  const words = segment.replace(/([a-z0-9])([A-Z])/g, "$1 $2").split(/[\s\-_.]+/).filter(Boolean);
  return (words.at(-1) ?? segment).toLowerCase();
}

export function isPlural(/** @type {string} */ word) {
  const w = word.toLowerCase();
  if (IRREGULAR_PLURALS.has(w)) return true;
  if (!w.endsWith("s")) return false;
  // "statuses", "addresses", "analyses", "buses" end in "es" after their singular ending.
  if (/(ses|xes|zes|ches|shes|ies|oes)$/.test(w)) return true;
  return !SINGULAR_ENDINGS.some((e) => w.endsWith(e));
}
