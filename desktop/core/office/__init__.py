"""The district office's view of its area: every village's figures, who has gone silent, and
what its reports and dashboard show."""
