//! Nothing here: the tests are in `tests/`, the page they run on is made by `build.rs`.
