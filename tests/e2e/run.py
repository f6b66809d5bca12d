#!/usr/bin/env python3
"""End-to-end tests: run the built binary on files in tests/ and data/.

Usage: run.py PARTNERMAP [NAME-FILTER]. Every test_* function in the
tests/e2e/test_*.py modules is run; the last line reads
"e2e: N passed, N failed".
"""
import importlib.util
import os
import sys
import tempfile
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import e2e  # noqa: E402


def main():
    e2e.BINARY = os.path.abspath(sys.argv[1])
    only = sys.argv[2] if len(sys.argv) > 2 else ""
    passed = failed = 0
    for name in sorted(os.listdir(HERE)):
        if not (name.startswith("test_") and name.endswith(".py")):
            continue
        spec = importlib.util.spec_from_file_location(name[:-3], os.path.join(HERE, name))
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for fn in sorted(k for k in dir(mod) if k.startswith("test_")):
            full = f"{name[:-3]}.{fn}"
            if only not in full:
                continue
            with tempfile.TemporaryDirectory(prefix="pm-e2e-") as tmp:
                try:
                    getattr(mod, fn)(tmp)
                except Exception:  # a test failure of any kind
                    failed += 1
                    print(f"FAIL {full}")
                    traceback.print_exc()
                else:
                    passed += 1
                    print(f"ok   {full}")
    print(f"e2e: {passed} passed, {failed} failed")
    return 1 if failed or not passed else 0


if __name__ == "__main__":
    sys.exit(main())
