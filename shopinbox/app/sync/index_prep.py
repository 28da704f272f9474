"""Search index text worked out beside a channel's pull, not on the store's writer.

Folding and lemmas are most of the CPU a message costs the store (profile of issue 18: the
writer thread was the bottleneck of every channel's ingest). A pull that converts in an asyncio
loop hands each converted batch to one thread of its own, which works the index text out while
the loop downloads the batch's files; the writer then only writes. One thread for the whole
pull, because the Polish analyser is one per thread (`domain.lemmas`) and loading it and the
others costs 0.2–4 s: they are loaded there first (`warm_up`), while the first batch is fetched.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from types import TracebackType

from shopinbox.domain.lemmas import warm_up
from shopinbox.domain.messages import IncomingMessage, prepare_index


class IndexPreparer:
    """`async with IndexPreparer() as prep: await prep.prepare(messages)`."""

    def __init__(self) -> None:
        self._executor = ThreadPoolExecutor(1, thread_name_prefix="index-prep")
        self._executor.submit(warm_up)

    async def prepare(self, messages: list[IncomingMessage]) -> None:
        """Set `index` on the messages (in the preparer's thread); returns when done."""
        if messages:
            await asyncio.get_running_loop().run_in_executor(self._executor, prepare_index,
                                                             messages)

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)

    async def __aenter__(self) -> IndexPreparer:
        return self

    async def __aexit__(self, kind: type[BaseException] | None, error: BaseException | None,
                        trace: TracebackType | None) -> None:
        self.close()
