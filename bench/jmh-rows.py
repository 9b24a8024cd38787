#!/usr/bin/env python3
"""Turns a JMH CSV result (-rf csv) into the rows of bench/run's table: | benchmark | value | unit | target | met |.

Usage: jmh-rows.py RESULT.csv LABEL TARGET_MS
LABEL may name parameters as {name}, and the benchmark method as {benchmark}; a row meets the target when its score is at or below TARGET_MS (omit: no target).
"""
import csv
import sys


def main():
    path, label = sys.argv[1], sys.argv[2]
    target = float(sys.argv[3]) if len(sys.argv) > 3 else None
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            params = {k[len("Param: "):]: v for k, v in row.items() if k.startswith("Param: ")}
            params["benchmark"] = row["Benchmark"].rsplit(".", 1)[-1]
            score = float(row["Score"])
            error = float(row["Score Error (99.9%)"]) if row["Score Error (99.9%)"] not in ("", "NaN") else 0.0
            name = label.format(**params)
            goal = "" if target is None else f"≤ {target:g} {row['Unit']}"
            met = "" if target is None else ("yes" if score <= target else "no")
            print(f"| {name} | {score:.1f} ± {error:.1f} | {row['Unit']} | {goal} | {met} |")


if __name__ == "__main__":
    main()
