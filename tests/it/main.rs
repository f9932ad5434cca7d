//! Integration tests: copy a fixture site into a temporary folder, build it (through the
//! library or the real binary) and assert on the files it wrote.

mod architecture;
mod bom;
mod broken;
mod browser;
mod build;
mod citations;
mod cli;
mod commands;
mod crash;
mod decode;
mod families;
mod grid;
mod harness;
mod hostile;
mod one_run;
mod props;
mod rules;
mod scoped;
mod serve;
mod shipped;
mod vocabulary;
