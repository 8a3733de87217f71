import asyncio

from PySide6.QtCore import QCoreApplication


async def test_async_tests_run_on_the_qt_loop() -> None:
    loop = asyncio.get_running_loop()
    assert type(loop).__module__.startswith("qasync")
    assert QCoreApplication.instance() is not None
    await asyncio.sleep(0.01)
