"""Python compiled from the Designer forms in the top-level ui/ folder (make forms)."""
