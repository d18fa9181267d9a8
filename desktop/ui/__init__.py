"""The Qt interface: thin views that show core data and call core operations."""
