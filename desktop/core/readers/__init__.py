"""What the window shows of each stage, read by the core: plain values, with who carried each
record already resolved to a name, one module per stage."""
