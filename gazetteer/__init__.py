"""Data files (lexicons, patterns) and their validated, cached loaders."""
