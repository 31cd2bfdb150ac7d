# MLDrill judge harness. Runs inside the sandbox: imports NumPy before the job arrives (so a warm sandbox only
# waits for its input), reads one job from stdin, calls the user's function on each test's arguments and writes
# the outputs as data to the result channel. Verdicts are decided outside the sandbox; nothing here knows the
# expected outputs.
import json
import math
import os
import sys
import time
import traceback

import numpy as np

# The result channel is the original stdout; the user's prints (Python or C level) go to stderr instead.
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


def main():
    job = json.loads(sys.stdin.buffer.read().decode("utf-8"))
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


if __name__ == "__main__":
    main()
