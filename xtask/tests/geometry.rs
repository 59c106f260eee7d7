//! The map geometry the build generates: what the generator makes is what is committed, and the
//! decisions on areas the Netherlands does not recognise hold.

use nap1325_content::BUNDLED;
use nap1325_core::model::load;
use xtask::geometry as generate;

fn repo(path: &str) -> String {
    std::fs::read_to_string(format!("{}/../{path}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn report_codes() -> Vec<String> {
    load(&BUNDLED)
        .unwrap()
        .countries
        .iter()
        .map(|c| c.code.clone())
        .collect()
}

#[test]
fn the_committed_geometry_is_what_the_generator_makes() {
    let codes = report_codes();
    let codes: Vec<&str> = codes.iter().map(String::as_str).collect();
    let generated = generate::generate(&repo("data/geo/world-110m.json"), &codes).unwrap();
    assert!(
        generated.world_svg == repo("assets/world.svg"),
        "assets/world.svg is stale: run `make geometry`"
    );
    assert!(
        generated.shapes_rs == repo("core/src/map/shapes.rs"),
        "core/src/map/shapes.rs is stale: run `make geometry`"
    );
}

#[test]
fn states_the_netherlands_does_not_recognise_are_drawn_within_their_state() {
    use nap1325_core::map::DRAWABLE;
    for (area, state) in generate::MERGES {
        assert!(
            !DRAWABLE.contains(&area),
            "{area} is drawn apart from {state}"
        );
        assert!(DRAWABLE.contains(&state));
    }
    // Kosovo, which the Netherlands recognises, stays.
    assert!(DRAWABLE.contains(&"XKX"));
}
