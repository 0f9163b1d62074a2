#!/usr/bin/env python3
"""Replay an expert draw record independently of qaward (docs/draw-algorithm.md).

Usage: replay-draw.py RECORD.json   -> prints OK, or what differs (exit 1)
       replay-draw.py --vector      -> prints the worked vector of the document
Standard library only.
"""
import hashlib
import json
import sys

TWO64 = 1 << 64


def canonical_listing(pool):
    return "\n".join(sorted(pool, key=lambda s: s.encode("utf-8"))).encode("utf-8")


def pool_digest(pool):
    return hashlib.sha256(canonical_listing(pool)).hexdigest()


def stream(seed):
    k = 0
    while True:
        block = hashlib.sha256(seed + k.to_bytes(8, "big")).digest()
        for w in range(4):
            yield int.from_bytes(block[8 * w:8 * w + 8], "big")
        k += 1


def order(pool, seed, count):
    a = sorted(pool, key=lambda s: s.encode("utf-8"))
    words = stream(seed)

    def uniform(n):
        limit = TWO64 - (TWO64 % n)
        while True:
            v = next(words)
            if v < limit:
                return v % n

    for i in range(len(a) - 1, 0, -1):
        j = uniform(i + 1)
        a[i], a[j] = a[j], a[i]
    return a[:max(0, count)]


def replay(record):
    problems = []
    digest = pool_digest(record["pool"])
    if digest != record["poolDigest"]:
        problems.append("pool digest: recorded %s, recomputed %s" % (record["poolDigest"], digest))
    seed_hex = record.get("seed")
    if not seed_hex:
        return problems + ["no seed revealed"]
    seed = bytes.fromhex(seed_hex)
    if len(seed) != 32:
        return problems + ["seed is not 32 bytes"]
    commitment = hashlib.sha256(seed).hexdigest()
    if commitment != record["commitment"].lower():
        problems.append("commitment: recorded %s, SHA-256 of seed %s" % (record["commitment"], commitment))
    expected = order(record["pool"], seed, record["size"] + record["alternateCount"])
    if expected != record["order"]:
        problems.append("order: recorded %s, recomputed %s" % (",".join(record["order"]), ",".join(expected)))
    return problems


def main(argv):
    if len(argv) == 2 and argv[1] == "--vector":
        seed = bytes(range(32))
        pool = ["E%02d" % i for i in range(1, 11)]
        print("commitment", hashlib.sha256(seed).hexdigest())
        print("poolDigest", pool_digest(pool))
        print("order", ",".join(order(pool, seed, 5)))
        return 0
    if len(argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        record = json.load(f)
    problems = replay(record)
    if problems:
        for p in problems:
            print("DIFFERS", p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
