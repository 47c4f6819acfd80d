// Runs in the browser before the app's own code (Next.js convention). zod compiles object parsers
// with `new Function` unless told not to, and even its probe for whether it may is an eval that
// the pages' Content-Security-Policy refuses (a reported violation). The browser only parses small
// form and API payloads: zod's interpreter is plenty. Set before any schema is built, as zod
// decides per schema when it is constructed.
import { z } from "zod";

z.config({ jitless: true });
