"""The Qt window: pages, dialogs, table models. Thin: gathers input, calls a service, shows."""
