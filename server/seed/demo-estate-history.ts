// Demo estate, part 4: its past. Freshly imported, every record would look edited this minute and
// nobody would ever have signed in, so the ownership rules that look back in time (stale records,
// quiet teams) would find nothing: the signature finding — a team gone quiet while its systems run
// on — would be invisible. These dates, in days before the seed, give the estate a history.
// Data only; apply-demo-history.ts writes it.
import { at } from "./demo-estate-people";

export type DemoHistory = {
  /** Every record a team answers for (its systems, and interfaces by their effective team) last edited N days ago. */
  teamsUntouched: Record<string, number>;
  /** A system (and nothing else) last edited N days ago; applied after the teams. */
  systemsUntouched: Record<string, number>;
  /** A system confirmed still accurate ("reviewed") N days ago. */
  systemsReviewed: Record<string, number>;
  /** A person's last sign-in, N days ago. */
  lastSignIn: Record<string, number>;
};

export const DEMO_HISTORY: DemoHistory = {
  teamsUntouched: {
    // Smart Factory: the plants' MES and IoT gateway run on (tier 1), but neither the records nor
    // the people have moved in months — a quiet team, and the MES stale as well.
    "smart-factory": 150,
    // Middleware Operations: its people have left; the ESB has not been touched for over a year.
    "middleware-ops": 430,
  },
  systemsUntouched: {
    mes: 240,
    "sftp-gateway": 300, // no team either: nobody looks at it
    "xxl-job": 260,
    "payroll-adp": 200, // but confirmed still accurate since (below): not stale
    "oracle-dw": 500, // retired: left out of every rule
  },
  systemsReviewed: {
    "payroll-adp": 20,
  },
  lastSignIn: {
    [at("ma.chao")]: 112,
    [at("ingrid.larsen")]: 131,
    [at("gao.feng")]: 410,
    [at("peter.novak")]: 380,
    [at("marcus.reed")]: 95,
    [at("olivia.chen")]: 1,
    [at("wang.lei")]: 2,
    [at("chen.jing")]: 3,
    [at("hannah.weber")]: 1,
    [at("sophie.martin")]: 6,
    [at("grace.okoye")]: 9,
    [at("zhang.wei")]: 1,
    [at("huang.tao")]: 4,
    [at("lukas.schneider")]: 2,
    [at("aisha.rahman")]: 12,
  },
};
