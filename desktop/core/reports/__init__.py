"""Report content as data for PDF/XLSX writers."""
