// Reading a process tree's memory from /proc (Linux): which processes a command left running, and
// each one's resident set now (VmRSS) and at its highest (VmHWM, kept by the kernel, so a peak
// between two samples is not missed).
import { readdirSync, readFileSync, readlinkSync } from "node:fs";

export type ProcInfo = { pid: number; ppid: number; comm: string; cmdline: string };

function readProc(pid: number): ProcInfo | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // comm is in parentheses and may itself hold spaces or parentheses: split after the last ")".
    const close = stat.lastIndexOf(")");
    const comm = stat.slice(stat.indexOf("(") + 1, close);
    const ppid = Number(stat.slice(close + 2).split(" ")[1]);
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ").trim();
    return { pid, ppid, comm, cmdline };
  } catch {
    return undefined; // gone meanwhile
  }
}

/** Still there and not a zombie waiting for its parent to collect its exit status. */
export function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}

/** The process and all its descendants. */
export function processTree(root: number): ProcInfo[] {
  const all = readdirSync("/proc").filter((d) => /^\d+$/.test(d)).map((d) => readProc(Number(d)));
  const children = new Map<number, ProcInfo[]>();
  for (const p of all) if (p) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const rootInfo = all.find((p) => p?.pid === root);
  const tree: ProcInfo[] = rootInfo ? [rootInfo] : [];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i].pid) ?? []));
  return tree;
}

export const isNode = (p: ProcInfo) => p.comm === "node" || /(^|\/)node(\s|$)/.test(p.cmdline.split(" ")[0] ?? "");

/** VmRSS and VmHWM in bytes. */
export function memoryOf(pid: number): { rss: number; hwm: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN) * 1024;
  return { rss: kb("VmRSS"), hwm: kb("VmHWM") };
}

/** The process (among `pids`) holding a socket that listens on TCP `port`. */
export function listenerOf(pids: number[], port: number): number | undefined {
  const inodes = new Set<string>();
  for (const file of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text = "";
    try {
      text = readFileSync(file, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      const f = line.trim().split(/\s+/);
      // local_address is hex ip:port; state 0A is LISTEN; f[9] is the socket's inode.
      if (f.length > 9 && f[3] === "0A" && parseInt(f[1].split(":")[1], 16) === port) inodes.add(f[9]);
    }
  }
  for (const pid of pids) {
    let fds: string[] = [];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (m && inodes.has(m[1])) return pid;
      } catch {
        // closed meanwhile
      }
    }
  }
  return undefined;
}

export const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
