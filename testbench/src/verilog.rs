//! Verilog co-simulation (see below).
