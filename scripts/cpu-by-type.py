"""Samples /proc while a command runs and sums the CPU-seconds of each kind of process under it: Chromium by
its `--type=` (browser, renderer, renderer-ext for extension pages and the service worker, gpu-process,
utility:NetworkService, zygote, ...), vitest, and anything else by program name. A process's count is its
last sample (every 0.5 s), so the last half second of a short-lived one is missed; `scripts/cpu-time.py`
gives the exact total. README "Running the tests".

    python3 scripts/cpu-by-type.py <out.json> <command> [args...]
"""

import json
import os
import subprocess
import sys
import threading
import time

HZ = os.sysconf("SC_CLK_TCK")
out, command = sys.argv[1], sys.argv[2:]


def kind_of(cmd):
    if "chrom" in os.path.basename(cmd[0]):
        kind = next((a[7:] for a in cmd if a.startswith("--type=")), "browser")
        if kind == "renderer" and "--extension-process" in cmd:
            kind = "renderer-ext"
        if kind == "utility":
            sub = next((a for a in cmd if a.startswith("--utility-sub-type=")), "")
            kind = "utility:" + sub.split(".")[-1] if sub else "utility"
        return "chromium:" + kind
    return "vitest" if any("vitest" in a for a in cmd) else os.path.basename(cmd[0])


def snapshot():
    procs = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/cmdline", "rb") as f:
                cmd = [c.decode(errors="replace") for c in f.read().split(b"\0") if c]
            with open(f"/proc/{name}/stat") as f:
                stat = f.read()
        except OSError:
            continue  # it ended meanwhile
        if not cmd:
            continue
        if len(cmd) == 1:
            cmd = cmd[0].split(" ")  # Chromium rewrites its command line as one string
        fields = stat[stat.rindex(")") + 2 :].split()
        procs[int(name)] = (int(fields[1]), cmd, int(fields[11]), int(fields[12]), int(fields[19]))
    return procs


seen = {}
done = threading.Event()


def sample(root):
    while not done.is_set():
        procs = snapshot()
        for pid, (_ppid, cmd, user, system, start) in procs.items():
            p, depth = pid, 0
            while p in procs and p != root and depth < 30:
                p, depth = procs[p][0], depth + 1
            if p == root and pid != root:
                seen[(pid, start)] = (kind_of(cmd), user, system)
        done.wait(0.5)


child = subprocess.Popen(command)
thread = threading.Thread(target=sample, args=(child.pid,))
thread.start()
code = child.wait()
done.set()
thread.join()
total, system = {}, {}
for kind, user, sys_ticks in seen.values():
    total[kind] = total.get(kind, 0) + (user + sys_ticks) / HZ
    system[kind] = system.get(kind, 0) + sys_ticks / HZ
report = {
    "cpu_seconds": {k: round(v, 2) for k, v in sorted(total.items(), key=lambda kv: -kv[1])},
    "of_which_system": {k: round(system[k], 2) for k in total},
    "processes": len(seen),
}
with open(out, "w") as f:
    json.dump(report, f, indent=1)
print(json.dumps(report["cpu_seconds"], indent=1), file=sys.stderr)
sys.exit(code)
