"""PDF output with reportlab: takes plain data, returns bytes or writes a file. Knows no Qt."""
