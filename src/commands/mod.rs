//! The commands a user runs: `build`, `serve`, `check` and `new`. Each drives the pipeline
//! stages (the other modules) and owns nothing the stages need.

pub mod build;
pub mod check;
pub mod new;
pub mod serve;
