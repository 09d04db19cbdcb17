"""usagebill-desktop: offline billing for metered services."""

__version__ = "0.1.0"
