"""Documents to files: PDF invoices, Excel and CSV summaries (later issues)."""
