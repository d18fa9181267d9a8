"""The district office's workspace in the window: its charts, its reports and their dialog."""
