"""What analysts look at: DuckDB views, one article marked up, the morning report, the data dictionary."""
