#!/usr/bin/env python3
"""Writes python-correct.rar: submissions/python-correct's five programs in a RAR 4 archive, stored (not compressed).

No free tool writes RAR archives (Debian's rar is non-free), so this follows the RAR 4 format as RARLAB's technote.txt
describes it: a marker block, an archive header, one file header and its data per file, an end-of-archive block, each
header with the low 16 bits of its CRC-32.
    python3 make-rar.py ../../../../../submissions/python-correct python-correct.rar
"""
import struct
import sys
import zlib
from pathlib import Path

NAMES = ["TCPClient.py", "TCPServer.py", "TCPServerConcurrent.py", "UDPClient.py", "UDPServer.py"]
DOS_TIME = (2024 - 1980) << 25 | 9 << 21 | 1 << 16  # 2024-09-01 00:00:00, so the archive is the same every time


def block(head_type: int, flags: int, body: bytes) -> bytes:
    header = struct.pack("<BHH", head_type, flags, 7 + len(body)) + body
    return struct.pack("<H", zlib.crc32(header) & 0xFFFF) + header


def main(source: str, target: str) -> None:
    out = bytearray(b"Rar!\x1a\x07\x00")
    out += block(0x73, 0, struct.pack("<HI", 0, 0))
    for name in NAMES:
        data = (Path(source) / name).read_bytes()
        encoded = name.encode()
        body = struct.pack(
            "<IIBIIBBHI", len(data), len(data), 3, zlib.crc32(data), DOS_TIME, 20, 0x30, len(encoded), 0o100644
        )
        out += block(0x74, 0x8000, body + encoded) + data
    out += block(0x7B, 0x4000, b"")
    Path(target).write_bytes(out)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
