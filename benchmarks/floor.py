#!/usr/bin/env python3
"""The floor: the least any grader must do for one submission of the lab.

Starts each of the five programs once, each in a network namespace of its own (they all hard-code port 12000),
waits until each server is listening (TCP) or bound (UDP) by polling the kernel's socket table, exchanges one
message with each program, and stops the servers. The five run at once, as the grader runs the roles.

Usage (as root, or with CAP_SYS_ADMIN): floor.py <submission folder> [python interpreter]
Exits 0 when all five programs answered correctly; prints one line per program either way.

Each worker thread calls unshare(CLONE_NEWNET) for itself, which is what `unshare -n` does without the extra
process: the thread's own sockets and every program it starts then live in that namespace, with only loopback.
"""
import ctypes
import fcntl
import os
import socket
import struct
import subprocess
import sys
import threading
import time

PORT = 12000
CLONE_NEWNET = 0x40000000
SIOCGIFFLAGS, SIOCSIFFLAGS, IFF_UP = 0x8913, 0x8914, 0x1
DEADLINE = 5.0  # seconds; a correct program never comes near it
MESSAGE = "hello, floor 123!"

libc = ctypes.CDLL(None, use_errno=True)


def own_network_namespace():
    """Moves the calling thread into a fresh network namespace and brings its loopback up."""
    if libc.unshare(CLONE_NEWNET) != 0:
        raise OSError(ctypes.get_errno(), "unshare(CLONE_NEWNET) failed: run as root")
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        request = struct.pack("16sH14x", b"lo", 0)
        flags = struct.unpack("16sH14x", fcntl.ioctl(s, SIOCGIFFLAGS, request))[1]
        fcntl.ioctl(s, SIOCSIFFLAGS, struct.pack("16sH14x", b"lo", flags | IFF_UP))


def serving(pid, transport):
    """Whether the kernel's socket table of the program's namespace shows port 12000 listening (TCP) or bound (UDP)."""
    tables = ("tcp", "tcp6") if transport == "tcp" else ("udp", "udp6")
    for table in tables:
        try:
            with open(f"/proc/{pid}/net/{table}") as f:
                next(f)
                for line in f:
                    fields = line.split()
                    if fields[1].endswith(f":{PORT:04X}") and (transport == "udp" or fields[3] == "0A"):
                        return True
        except FileNotFoundError:
            pass
    return False


def start(python, folder, program):
    return subprocess.Popen([python, "-u", program], cwd=folder, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})


def server(python, folder, program, transport):
    own_network_namespace()
    proc = start(python, folder, program)
    try:
        poll, begun = 0.001, time.monotonic()
        while not serving(proc.pid, transport):
            if proc.poll() is not None or time.monotonic() - begun > DEADLINE:
                return f"never {'listened' if transport == 'tcp' else 'bound'}"
            time.sleep(poll)
            poll = min(poll * 2, 0.01)
        if transport == "tcp":
            with socket.create_connection(("127.0.0.1", PORT), timeout=DEADLINE) as s:
                s.sendall(MESSAGE.encode())
                reply = s.recv(1024)
        else:
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
                s.settimeout(DEADLINE)
                s.sendto(MESSAGE.encode(), ("127.0.0.1", PORT))
                reply, _ = s.recvfrom(1024)
        return None if reply.decode() == MESSAGE.upper() else f"replied {reply!r}"
    finally:
        proc.kill()
        proc.communicate()


def client(python, folder, program, transport):
    own_network_namespace()
    kind = socket.SOCK_STREAM if transport == "tcp" else socket.SOCK_DGRAM
    with socket.socket(socket.AF_INET, kind) as s:
        s.settimeout(DEADLINE)
        s.bind(("127.0.0.1", PORT))
        if transport == "tcp":
            s.listen(1)
        proc = start(python, folder, program)
        proc.stdin.write((MESSAGE + "\n").encode())
        proc.stdin.close()
        if transport == "tcp":
            conn, _ = s.accept()
            with conn:
                line = conn.recv(1024)
                conn.sendall(line.upper())
        else:
            line, address = s.recvfrom(1024)
            s.sendto(line.upper(), address)
        out = proc.stdout.read().decode()
        proc.wait(DEADLINE)
        proc.stderr.close()
        proc.stdout.close()
    if proc.returncode != 0 or MESSAGE.upper() not in out:
        return f"exited {proc.returncode}, printed {out!r}"
    return None


def main():
    folder = sys.argv[1]
    python = sys.argv[2] if len(sys.argv) > 2 else sys.executable
    jobs = [(server, "TCPServer.py", "tcp"), (server, "TCPServerConcurrent.py", "tcp"), (server, "UDPServer.py", "udp"),
            (client, "TCPClient.py", "tcp"), (client, "UDPClient.py", "udp")]
    problems = {}

    def run(job, program, transport):
        try:
            problems[program] = job(python, folder, program, transport)
        except Exception as e:  # noqa: BLE001 -- any failure is the floor's answer for that program
            problems[program] = f"{type(e).__name__}: {e}"

    threads = [threading.Thread(target=run, args=job) for job in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for _, program, _ in jobs:
        print(f"{program}: {problems[program] or 'ok'}")
    return 0 if not any(problems.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
