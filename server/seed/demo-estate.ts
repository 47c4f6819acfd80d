// The demo estate of "Lumen Retail Group", seeded on first start (seed-demo.ts). The data lives
// in files by kind; this module puts them together. 31 people, 11 teams, 58 systems and
// 103 interfaces, with deliberate ownership and standards gaps for the console to reveal.
import type { TEstateInterface, TEstatePerson, TEstateSystem, TEstateTeam } from "../import/estate-types";
import { DEMO_PEOPLE, DEMO_TEAMS } from "./demo-estate-people";
import { DEMO_SYSTEMS } from "./demo-estate-systems";
import { DEMO_INTERFACES } from "./demo-estate-interfaces";
import { DEMO_MONITORING, DEMO_RELIABILITY } from "./demo-estate-reliability";

export const DEMO_ESTATE: {
  people: readonly TEstatePerson[];
  teams: readonly TEstateTeam[];
  systems: readonly TEstateSystem[];
  interfaces: readonly TEstateInterface[];
} = {
  people: DEMO_PEOPLE,
  teams: DEMO_TEAMS,
  systems: DEMO_SYSTEMS.map((s) => (DEMO_MONITORING[s.key] ? { ...s, monitoringUrl: DEMO_MONITORING[s.key] } : s)),
  interfaces: DEMO_INTERFACES.map((i) => ({ ...i, ...DEMO_RELIABILITY[i.key] })),
};
