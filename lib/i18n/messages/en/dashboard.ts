export const dashboard = {
  totals: { systems: "Systems", interfaces: "Interfaces", teams: "Teams", people: "Active people" },
  byLayer: "Systems by layer",
  recentChanges: "Recent changes",
  noChanges: "No changes yet.",
  viewAll: "View the audit log",
};
