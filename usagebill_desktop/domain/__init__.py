"""Pure business rules: money, customers, meters, readings. Standard library only."""
