"""Runs a command and writes the CPU-seconds it cost (user, system) to a file, counting every process it
started: it becomes their subreaper, so a browser whose parent exited before it (as vitest's worker does,
leaving the kept browsers to die after it) is still reaped here and counted, where `time` would lose it.

    python3 scripts/cpu-time.py <out-file> <command> [args...]
"""

import ctypes
import os
import resource
import signal
import subprocess
import sys
import time

PR_SET_CHILD_SUBREAPER = 36

out, command = sys.argv[1], sys.argv[2:]
ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
child = subprocess.Popen(command)
for sig in (signal.SIGINT, signal.SIGTERM):
    signal.signal(sig, lambda signum, _frame: child.send_signal(signum))
code = child.wait()
# Orphans (killed browsers, a detached clean-up) end within seconds; one that lingers is left uncounted.
until = time.monotonic() + 20
while time.monotonic() < until:
    try:
        pid, _status = os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        break
    if pid == 0:
        time.sleep(0.1)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(out, "w") as f:
    f.write(f"{usage.ru_utime:.2f} {usage.ru_stime:.2f}\n")
sys.exit(code if code >= 0 else 128 - code)
