"""The demo-centre generator: ``DemoService(context).fill(size=..., seed=..., progress=...)``
fills an empty database with a deterministic centre (see ``service.py``)."""

from mentor_desktop.services.demo.service import (
    SCALES,
    DemoCancelledError,
    DemoCounts,
    DemoNotEmptyError,
    DemoService,
    DemoSize,
)

__all__ = [
    "SCALES",
    "DemoCancelledError",
    "DemoCounts",
    "DemoNotEmptyError",
    "DemoService",
    "DemoSize",
]
