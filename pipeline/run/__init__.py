"""Running a job: reading inputs, running the stages, the table schemas and atomic writes."""
