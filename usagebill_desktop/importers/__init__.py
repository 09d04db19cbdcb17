"""Files to commands: readings from CSV and Excel (later issues)."""
