# MLDrill judge harness. Runs inside the bubblewrap sandbox and imports NumPy before any job arrives.
#
# With --serve it is a zygote: for each job it forks a run that gets a sandbox of its own inside this one (new
# user, mount, PID, network, IPC and UTS namespaces, a fresh /tmp, an empty /proc, resource limits, no
# capabilities), so every run starts with NumPy already imported and each run is used exactly once. Without
# --serve it runs one job from stdin itself. Either way a run calls the user's function on each test's
# arguments and writes the outputs as data to the result channel; verdicts are decided outside the sandbox and
# nothing here knows the expected outputs.
import ctypes
import json
import math
import os
import resource
import select
import signal
import sys
import time
import traceback

import numpy as np

_results = None


def open_result_channel():
    """The result channel is the original stdout; the user's prints (Python or C level) go to stderr instead."""
    global _results
    _results = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    sys.stdout = sys.stderr

# The sandbox starts with an empty environment; the variable only lets authoring tools run the harness outside it.
SOLUTION_FILE = os.environ.get("MLDRILL_SOLUTION_FILE", "/tmp/solution.py")


def decode(value):
    """Test arguments: {"array": [...], "dtype": ..., "shape": ...} is an ndarray (null = NaN); {"float": "nan"|"inf"|"-inf"} a float."""
    if isinstance(value, list):
        return [decode(v) for v in value]
    if isinstance(value, dict):
        if "array" in value:
            data = _nan_for_null(value["array"])
            array = np.array(data, dtype=value.get("dtype"))
            if "shape" in value:
                array = array.reshape(value["shape"])
            return array
        if "float" in value:
            return float(value["float"])
        return {k: decode(v) for k, v in value.items()}
    return value


def _nan_for_null(data):
    if isinstance(data, list):
        return [_nan_for_null(v) for v in data]
    if data is None:
        return float("nan")
    if isinstance(data, str):
        return float(data)
    return data


def encode(value, depth=0):
    """Outputs as data: ndarrays with dtype and shape, non-finite floats spelled out, anything else named."""
    if depth > 20:
        return {"unsupported": "nesting deeper than 20 levels"}
    if isinstance(value, np.ndarray):
        if value.dtype.kind not in "biuf":
            return {"unsupported": f"array of dtype {value.dtype}"}
        if value.size > 1_000_000:
            return {"unsupported": f"array of {value.size} elements"}
        return {"array": _finite_list(value.tolist()), "dtype": str(value.dtype), "shape": list(value.shape)}
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return _float(float(value))
    if isinstance(value, (list, tuple)):
        return [encode(v, depth + 1) for v in value]
    if isinstance(value, dict):
        return {str(k): encode(v, depth + 1) for k, v in value.items()}
    if value is None or isinstance(value, str):
        return value
    return {"unsupported": type(value).__name__}


def _float(x):
    return x if math.isfinite(x) else {"float": "nan" if math.isnan(x) else ("inf" if x > 0 else "-inf")}


def _finite_list(data):
    if isinstance(data, list):
        return [_finite_list(v) for v in data]
    if isinstance(data, float) and not math.isfinite(data):
        return None if math.isnan(data) else ("inf" if data > 0 else "-inf")
    return data


def user_traceback(error):
    """The traceback from the user's own frames only: the harness is not their code."""
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename == SOLUTION_FILE]
    lines = ["Traceback (most recent call last):\n"] if frames else []
    lines += traceback.format_list(frames)
    lines += traceback.format_exception_only(type(error), error)
    return "".join(lines).replace(SOLUTION_FILE, "solution.py")


def emit(record):
    _results.write(json.dumps(record, allow_nan=False) + "\n")
    _results.flush()


def run_job(job):
    open_result_channel()
    with open(SOLUTION_FILE, "w", encoding="utf-8") as f:
        f.write(job["source"])
    sys.setrecursionlimit(10_000)
    namespace = {"__name__": "solution", "__file__": SOLUTION_FILE}
    try:
        exec(compile(job["source"], SOLUTION_FILE, "exec"), namespace)
    except BaseException as error:  # noqa: B036 - a SystemExit or KeyboardInterrupt in user code is still their error
        emit({"load_error": user_traceback(error), "memory": isinstance(error, MemoryError)})
        return
    function = namespace.get(job["function"])
    if not callable(function):
        emit({"load_error": f"solution.py does not define a function named {job['function']}()", "memory": False})
        return
    for index, test in enumerate(job["tests"]):
        started = time.perf_counter()
        try:
            output = function(*decode(test["args"]))
            record = {"test": index, "value": encode(output)}
        except BaseException as error:  # noqa: B036
            record = {"test": index, "error": user_traceback(error), "memory": isinstance(error, MemoryError)}
        record["seconds"] = round(time.perf_counter() - started, 6)
        emit(record)
    emit({"done": True})


# --- the zygote -------------------------------------------------------------------------------------------
CLONE_NEWNS, CLONE_NEWUTS, CLONE_NEWIPC = 0x00020000, 0x04000000, 0x08000000
CLONE_NEWUSER, CLONE_NEWPID, CLONE_NEWNET = 0x10000000, 0x20000000, 0x40000000
MS_NOSUID, MS_NODEV, MS_NOEXEC, MS_REC, MS_PRIVATE = 2, 4, 8, 16384, 1 << 18
PR_SET_PDEATHSIG, PR_SET_NO_NEW_PRIVS = 1, 38
_libc = ctypes.CDLL(None, use_errno=True)


def _check(result, what):
    if result != 0:
        error = ctypes.get_errno()
        raise OSError(error, f"{what}: {os.strerror(error)}")


def _mount(source, target, fstype, flags, data=None):
    _check(_libc.mount(source.encode(), target.encode(), fstype.encode() if fstype else None, ctypes.c_ulong(flags),
                       data.encode() if data else None), f"mount {target}")


class _CapHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapData(ctypes.Structure):
    _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32), ("inheritable", ctypes.c_uint32)]


def _drop_capabilities():
    _check(_libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), "no_new_privs")
    _check(_libc.capset(ctypes.byref(_CapHeader(0x20080522, 0)), (_CapData * 2)()), "capset")


def _isolate_run(limits):
    """In the run's own PID namespace (as its process 1): private mounts, fresh /tmp, empty /proc, limits, no caps."""
    _libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    _mount("none", "/", None, MS_REC | MS_PRIVATE)
    _mount("tmpfs", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV, f"size={limits['tmp_bytes']},mode=1777")
    _mount("tmpfs", "/proc", "tmpfs", MS_NOSUID | MS_NODEV | MS_NOEXEC, "size=4k,mode=555")
    os.chdir("/tmp")
    resource.setrlimit(resource.RLIMIT_AS, (limits["memory_bytes"], limits["memory_bytes"]))
    resource.setrlimit(resource.RLIMIT_CPU, (limits["cpu_seconds"], limits["cpu_seconds"] + 1))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    _drop_capabilities()


def _run_once():
    """One run: read its job, enter fresh namespaces, start the run as PID 1 there, relay its output as one line."""
    line = sys.stdin.buffer.readline()
    if not line:
        os._exit(3)
    job = json.loads(line.decode("utf-8"))
    limits = job["limits"]
    uid, gid = os.getuid(), os.getgid()
    _check(_libc.unshare(CLONE_NEWUSER | CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS), "unshare")
    for path, text in (("/proc/self/setgroups", "deny"), ("/proc/self/uid_map", f"{uid} {uid} 1"), ("/proc/self/gid_map", f"{gid} {gid} 1")):
        with open(path, "w") as f:
            f.write(text)
    results_read, results_write = os.pipe()
    output_read, output_write = os.pipe()
    started = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(results_read)
            os.close(output_read)
            os.dup2(results_write, 1)
            os.dup2(output_write, 2)
            null = os.open("/dev/null", os.O_RDONLY)
            os.dup2(null, 0)
            for fd in (results_write, output_write, null):
                os.close(fd)
            _isolate_run(limits)
            run_job(job)
            _results.flush()
            os._exit(0)
        except BaseException:  # noqa: B036 - the run must never fall back into the relay's loop
            traceback.print_exc()
            os._exit(70)
    os.close(results_write)
    os.close(output_write)
    del job, line
    caps = {results_read: limits["results_bytes"], output_read: limits["output_bytes"]}
    kept = {results_read: bytearray(), output_read: bytearray()}
    totals = {results_read: 0, output_read: 0}
    overflow = None
    open_fds = [results_read, output_read]
    while open_fds:
        ready, _, _ = select.select(open_fds, [], [])
        for fd in ready:
            chunk = os.read(fd, 65536)
            if not chunk:
                open_fds.remove(fd)
                continue
            totals[fd] += len(chunk)
            keep = (limits["results_bytes"] if fd == results_read else limits["shown_bytes"]) - len(kept[fd])
            if keep > 0:
                kept[fd] += chunk[:keep]
            if totals[fd] > caps[fd] and overflow is None:
                overflow = "results" if fd == results_read else "output"
                os.kill(pid, signal.SIGKILL)
    _, status, usage = os.wait4(pid, 0)
    report = {
        "exit": os.WEXITSTATUS(status) if os.WIFEXITED(status) else None,
        "signal": os.WTERMSIG(status) if os.WIFSIGNALED(status) else None,
        "overflow": overflow,
        "results": kept[results_read].decode("utf-8", "replace"),
        "output": kept[output_read].decode("utf-8", "replace"),
        "output_truncated": totals[output_read] > limits["shown_bytes"],
        "wall": time.perf_counter() - started,
        "cpu": usage.ru_utime + usage.ru_stime,
    }
    sys.__stdout__.write(json.dumps(report) + "\n")
    sys.__stdout__.flush()


def serve():
    """Forks one process per job, each used for exactly one run; exits when stdin closes."""
    while True:
        pid = os.fork()
        if pid == 0:
            try:
                _run_once()
            finally:
                os._exit(0)
        _, status = os.waitpid(pid, 0)
        if os.WIFEXITED(status) and os.WEXITSTATUS(status) == 3:
            return


if __name__ == "__main__":
    if sys.argv[1:] == ["--serve"]:
        serve()
    else:
        run_job(json.loads(sys.stdin.buffer.read().decode("utf-8")))
