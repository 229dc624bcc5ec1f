"""Mentor Desktop: the tutor's and the training centre's program for Danish at the workplace."""

__version__ = "0.1.0"
