import asyncio

import qasync
from PySide6.QtCore import QCoreApplication


async def test_async_tests_run_on_the_qt_loop() -> None:
    loop = asyncio.get_running_loop()
    assert isinstance(loop, qasync.QEventLoop)
    assert QCoreApplication.instance() is not None
    await asyncio.sleep(0.01)
