"""bilateral."""
